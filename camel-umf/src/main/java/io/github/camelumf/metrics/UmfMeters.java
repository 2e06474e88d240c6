package io.github.camelumf.metrics;

/**
 * The names and tag keys of the component's meters (Micrometer conventions: dot-separated lower case names, tag
 * values from closed sets). The reference documentation lists them; {@code UmfMetersDocumentationTest} keeps the two
 * in step.
 */
public final class UmfMeters {

    /** Timer of UMF API calls (token refresh and GET retries included). Tags: operation, outcome, category. */
    public static final String CLIENT_REQUESTS = "umf.client.requests";
    /** Counter of access token fetches. Tags: kind (initial, refresh), outcome (success, failure). */
    public static final String CLIENT_TOKENS = "umf.client.tokens";
    /** Counter of UMF answers whose signature was missing (STRICT) or did not verify. Tag: operation. */
    public static final String CLIENT_VERIFICATION_FAILURES = "umf.client.response.verification.failures";
    /** Function counter of received notifications. Tags: path, outcome, reason. */
    public static final String NOTIFICATIONS = "umf.notifications";
    /** Counter of statement records read (files read to their end and checked). Tag: operation. */
    public static final String STATEMENT_RECORDS = "umf.statement.records";

    public static final String TAG_OPERATION = "operation";
    public static final String TAG_OUTCOME = "outcome";
    public static final String TAG_CATEGORY = "category";
    public static final String TAG_KIND = "kind";
    public static final String TAG_PATH = "path";
    public static final String TAG_REASON = "reason";

    /** The category tag's value when the outcome is not a refusal by UMF. */
    public static final String NONE = "none";

    private UmfMeters() {
    }
}
