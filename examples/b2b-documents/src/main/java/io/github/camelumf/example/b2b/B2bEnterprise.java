package io.github.camelumf.example.b2b;

/**
 * The enterprise that pays: the id UMF gave its registration (4.1, {@code EQ_...}). Against UMF it comes from
 * {@code b2b.enterprise-id} (registered once, enabled by UMF after its offline check); in demo mode the demo registers
 * one in the sandbox at start.
 */
public final class B2bEnterprise {

    private volatile String id;

    public B2bEnterprise(String id) {
        this.id = id;
    }

    /** The registration's id, for {@code umf:enterprise/get}. */
    public String id() {
        String current = id;
        if (current == null || current.isBlank()) {
            throw new IllegalStateException("no enterprise registration: set b2b.enterprise-id");
        }
        return current;
    }

    void registered(String registered) {
        this.id = registered;
    }
}
