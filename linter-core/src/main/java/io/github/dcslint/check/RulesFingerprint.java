package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import com.puppycrawl.tools.checkstyle.api.Configuration;
import com.puppycrawl.tools.checkstyle.api.ExternalResourceHolder;
import io.github.dcslint.cache.BuildFingerprint;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Everything the findings of configured rules depend on besides the documents: the rules as
 * loaded (every module, property and message, with {@code ${...}} resolved), the build of each
 * module's class, and the content of every file the modules read (catalogs, a suppressions file),
 * found as Checkstyle's own cache finds them: through {@link ExternalResourceHolder}, plus every
 * {@code classpath:} location a property names. Equal fingerprints mean equal findings for equal
 * documents, so findings may be kept between runs under it.
 *
 * <p>Empty when that cannot be said: a module reads a resource from the network (its content
 * may change with nothing here changing).
 */
final class RulesFingerprint {

    /** A location with a URL scheme other than a drive letter ({@code https:}, {@code jar:}). */
    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

    private RulesFingerprint() {
    }

    /**
     * @param root    the loaded rules
     * @param modules every module the rules configured, in any order
     */
    static Optional<String> of(Configuration root, List<Object> modules) {
        StringBuilder out = new StringBuilder();
        // messages are localised by Checkstyle for the default locale unless the rules say one;
        // relative file names in the rules are read from the working directory
        out.append("locale ").append(Locale.getDefault()).append("; working directory ")
                .append(Path.of("").toAbsolutePath()).append('\n');
        Set<String> resources = new TreeSet<>();
        try {
            appendConfiguration(root, out, resources, 0);
        } catch (CheckstyleException e) {
            return Optional.empty();
        }
        Map<String, String> builds = new TreeMap<>();
        builds.put(com.puppycrawl.tools.checkstyle.Checker.class.getName(),
                BuildFingerprint.codeSourceOf(com.puppycrawl.tools.checkstyle.Checker.class));
        for (Object module : modules) {
            builds.put(module.getClass().getName(), BuildFingerprint.codeSourceOf(module.getClass()));
            if (module instanceof ExternalResourceHolder holder) {
                Set<String> locations = holder.getExternalResourceLocations();
                if (locations != null) {
                    locations.stream().filter(location -> location != null && !location.isBlank())
                            .forEach(resources::add);
                }
            }
        }
        builds.forEach((type, build) -> out.append("module ").append(type).append(' ').append(build).append('\n'));
        for (String location : resources) {
            Optional<String> content = contentOf(location);
            if (content.isEmpty()) {
                return Optional.empty();
            }
            out.append("resource ").append(location).append(' ').append(content.get()).append('\n');
        }
        return Optional.of(out.toString());
    }

    private static void appendConfiguration(Configuration module, StringBuilder out, Set<String> resources,
                                            int depth) throws CheckstyleException {
        out.append("  ".repeat(depth)).append(module.getName()).append('\n');
        String[] names = module.getPropertyNames().clone();
        Arrays.sort(names);
        for (String name : names) {
            String value = module.getProperty(name);
            out.append("  ".repeat(depth + 1)).append(name).append('=').append(value).append('\n');
            if (value != null) {
                for (String part : value.split(",")) {
                    if (part.strip().startsWith(Catalogs.CLASSPATH)) {
                        resources.add(part.strip());
                    }
                }
            }
        }
        new TreeMap<>(module.getMessages()).forEach((key, message) ->
                out.append("  ".repeat(depth + 1)).append("message ").append(key).append('=').append(message)
                        .append('\n'));
        for (Configuration child : module.getChildren()) {
            appendConfiguration(child, out, resources, depth + 1);
        }
    }

    /**
     * The content hash of a file or class-path resource, "absent" when there is none (an optional
     * suppressions file may appear later); empty for a location on the network.
     */
    static Optional<String> contentOf(String location) {
        try {
            if (location.startsWith(Catalogs.CLASSPATH)) {
                String resource = location.substring(Catalogs.CLASSPATH.length()).replaceFirst("^/", "");
                try (InputStream in = RulesFingerprint.class.getClassLoader().getResourceAsStream(resource)) {
                    return Optional.of(in == null ? "absent" : sha256(in.readAllBytes()));
                }
            }
            Path file;
            if (location.regionMatches(true, 0, "file:", 0, 5)) {
                file = Path.of(URI.create(location));
            } else if (HAS_SCHEME.matcher(location).matches()) {
                return Optional.empty();
            } else {
                file = Path.of(location);
            }
            if (Files.isRegularFile(file)) {
                return Optional.of(sha256(Files.readAllBytes(file)));
            }
            // Checkstyle reads a name that is no file as a class-path resource (its
            // CommonUtil.getUriByFilename): a suppressions file shipped in a jar
            try (InputStream in = RulesFingerprint.class.getClassLoader()
                    .getResourceAsStream(location.replaceFirst("^/", ""))) {
                return Optional.of(in == null ? "absent" : "resource " + sha256(in.readAllBytes()));
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a path here (InvalidPathException), or unreadable now: the modules fail or skip
            // it alike each run; once readable, the fingerprint differs
            return Optional.of("unreadable");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
