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

    /**
     * The response verification when {@code responseVerification} is not set: STRICT for the live environments and
     * the sandbox (which signs every answer with a result object in meta.sign, as UMF does), IF_PRESENT for UAT (UAT
     * moves no money, and the reference does not show whether UAT signs its answers: a present signature must still
     * verify, and the form that verified is logged).
     */
    public ResponseVerification defaultResponseVerification() {
        return this == UAT_CHINA || this == UAT_US ? ResponseVerification.IF_PRESENT : ResponseVerification.STRICT;
    }

    /** The base URL, or {@code null} for {@link #SANDBOX}. */
    public String baseUrl() {
        return baseUrl;
    }
}
