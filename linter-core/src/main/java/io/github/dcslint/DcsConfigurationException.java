package io.github.dcslint;

/**
 * A rules file, catalog or property that cannot be used: not XML, an unknown module or property,
 * a bad value, a bad catalog row. The message names the file and line and says how to fix it.
 */
public class DcsConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    public DcsConfigurationException(String message) {
        super(message);
    }

    public DcsConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
