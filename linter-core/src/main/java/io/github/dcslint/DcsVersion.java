package io.github.dcslint;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of dcs, as Maven recorded it in the linter-core jar (reports, cache entries). */
public final class DcsVersion {

    private static final String POM_PROPERTIES = "/META-INF/maven/io.github.dcslint/dcs-linter-core/pom.properties";
    private static final String VERSION = read();

    private DcsVersion() {
    }

    /** The version, or "development" when running from classes not packaged by Maven. */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = DcsVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "development");
            }
        } catch (IOException e) {
            // an unreadable jar entry only costs the version number
        }
        return "development";
    }
}
