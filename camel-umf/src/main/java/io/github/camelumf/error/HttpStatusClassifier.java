package io.github.camelumf.error;

/**
 * What an HTTP error status means when the body carries no UMF return code (sections 1.4 and 6 of the reference),
 * for example a 502 page from a proxy.
 * <ul>
 * <li>400 {@link ErrorCategory#VALIDATION}, 401 {@link ErrorCategory#AUTHENTICATION}, 403
 * {@link ErrorCategory#MERCHANT_CONFIGURATION} (permission, IP allow-list), 409 {@link ErrorCategory#DUPLICATE}, 429
 * {@link ErrorCategory#RATE_LIMITED};</li>
 * <li>502 and 504 {@link ErrorCategory#OUTCOME_UNKNOWN}: a gateway lost or timed out on the answer, so UMF may have
 * acted;</li>
 * <li>other 5xx {@link ErrorCategory#SYSTEM};</li>
 * <li>everything else {@link ErrorCategory#UNKNOWN}.</li>
 * </ul>
 */
public final class HttpStatusClassifier {

    private HttpStatusClassifier() {
    }

    /** The category of an HTTP status that came without a UMF return code. */
    public static ErrorCategory categoryOf(int status) {
        return switch (status) {
            case 400 -> ErrorCategory.VALIDATION;
            case 401 -> ErrorCategory.AUTHENTICATION;
            case 403 -> ErrorCategory.MERCHANT_CONFIGURATION;
            case 409 -> ErrorCategory.DUPLICATE;
            case 429 -> ErrorCategory.RATE_LIMITED;
            case 502, 504 -> ErrorCategory.OUTCOME_UNKNOWN;
            default -> status >= 500 && status <= 599 ? ErrorCategory.SYSTEM : ErrorCategory.UNKNOWN;
        };
    }

    /**
     * The meaning of an HTTP status in the words of the reference, for example
     * {@code "HTTP 503 Service Unavailable: the server is overloaded or down for maintenance"}.
     */
    public static String describe(int status) {
        String meaning = switch (status) {
            case 400 -> "Bad Request: the request was unacceptable, often due to a missing required parameter";
            case 401 -> "Unauthorized: no valid access token was provided";
            case 402 -> "Request Failed: the parameters were valid but the request failed";
            case 403 -> "Forbidden: the request was valid, but the server is refusing action";
            case 404 -> "Not Found: the requested resource does not exist";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 407 -> "Proxy Authentication Required: the HTTP proxy wants valid proxyUsername/proxyPassword";
            case 409 -> "Conflict: the request conflicts with another request";
            case 410 -> "Gone: the requested resource is no longer available";
            case 429 -> "Too Many Requests: too many requests hit the API too quickly";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable: the server is overloaded or down for maintenance";
            case 504 -> "Gateway Timeout";
            default -> null;
        };
        return meaning == null ? "HTTP " + status : "HTTP " + status + " " + meaning;
    }
}
