package io.github.camelumf.springboot;

/**
 * A {@code camel.component.umf.*} property has a value the component cannot use. The message names the Spring
 * property and the reason, never the value (it may be a key or a secret).
 */
public class InvalidUmfPropertyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String property;

    public InvalidUmfPropertyException(String property, String reason) {
        super(property + ": " + reason);
        this.property = property;
    }

    /** The Spring property, for example {@code camel.component.umf.private-key}. */
    public String getProperty() {
        return property;
    }
}
