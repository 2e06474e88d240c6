package io.github.camelumf;

/**
 * The UMF environments and their base URLs. {@link #SANDBOX} has no fixed URL: point {@code baseUrl} at the
 * embedded or standalone sandbox.
 */
public enum UmfEnvironment {
    SANDBOX(null),
    UAT_CHINA("https://uatfx.soopay.net/cberest/v1"),
    LIVE_CHINA("https://fx.soopay.net/cberest/v1"),
    UAT_US("https://uatfx-us.soopay.net/cberest/v1"),
    LIVE_US("https://fxus.soopay.net/cberest/v1");

    private final String baseUrl;

    UmfEnvironment(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The base URL, or {@code null} for {@link #SANDBOX}. */
    public String baseUrl() {
        return baseUrl;
    }
}
