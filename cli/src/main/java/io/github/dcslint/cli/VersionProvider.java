package io.github.dcslint.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code dcs --version}: the version Maven wrote into the jar, and the Java that runs it. */
final class VersionProvider implements IVersionProvider {

    /** The version of this build, or "development" when run from classes Maven did not filter. */
    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                if (!version.isBlank() && !version.contains("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // an unreadable resource only costs the version number
        }
        return "development";
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "dcs " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
        };
    }
}
