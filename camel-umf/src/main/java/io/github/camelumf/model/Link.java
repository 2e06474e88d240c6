package io.github.camelumf.model;

/**
 * A HATEOAS link of a response ({@code links[]}, section 5): the next available step of a payment or refund.
 */
public class Link extends UmfObject {

    /** The URL. */
    private String href;

    /** The relation of the URL to the object ({@code self}, {@code refund}, {@code upay}, ...). */
    private String ref;

    /** The HTTP method: GET or POST. */
    private String method;

    public Link() {
    }

    /** The URL. */
    public String getHref() {
        return href;
    }

    public void setHref(String href) {
        this.href = href;
    }

    /** Sets {@code href}. */
    public Link withHref(String href) {
        this.href = href;
        return this;
    }

    /** The relation of the URL to the object ({@code self}, {@code refund}, {@code upay}, ...). */
    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    /** Sets {@code ref}. */
    public Link withRef(String ref) {
        this.ref = ref;
        return this;
    }

    /** The HTTP method: GET or POST. */
    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    /** Sets {@code method}. */
    public Link withMethod(String method) {
        this.method = method;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("href", href)
                .add("ref", ref)
                .add("method", method)
                .toString();
    }
}
