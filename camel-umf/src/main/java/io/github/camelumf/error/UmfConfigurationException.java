package io.github.camelumf.error;

/**
 * The component or endpoint is configured wrongly (missing, unreadable or mismatched key, missing credentials).
 * Names the option, never its value.
 */
public class UmfConfigurationException extends UmfException {

    private static final long serialVersionUID = 1L;

    private final String option;

    public UmfConfigurationException(String option, String message) {
        super("Option '" + option + "': " + message);
        this.option = option;
    }

    public UmfConfigurationException(String option, String message, Throwable cause) {
        super("Option '" + option + "': " + message, cause);
        this.option = option;
    }

    /** The name of the offending option. */
    public String getOption() {
        return option;
    }
}
