package io.github.camelumf.metrics;

import java.util.Locale;

import io.github.camelumf.error.ErrorCatalog;
import io.github.camelumf.error.UmfAmbiguousOutcomeException;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfConnectionException;
import io.github.camelumf.error.UmfSignatureException;
import io.github.camelumf.http.UmfResponse;

/**
 * The {@code outcome} and {@code category} tags of one UMF call: {@code success}; {@code refused} with the error
 * catalog's category of the ret_code (lower case); {@code transport_failure} (the request did not reach UMF);
 * {@code ambiguous} (it may have); {@code verification_failed} (UMF's answer failed its signature check);
 * {@code error} (anything else). Every value comes from a closed set.
 */
public record RequestOutcome(String outcome, String category) {

    public static final RequestOutcome SUCCESS = new RequestOutcome("success", UmfMeters.NONE);
    public static final RequestOutcome TRANSPORT_FAILURE = new RequestOutcome("transport_failure", UmfMeters.NONE);
    public static final RequestOutcome AMBIGUOUS = new RequestOutcome("ambiguous", UmfMeters.NONE);
    public static final RequestOutcome VERIFICATION_FAILED = new RequestOutcome("verification_failed", UmfMeters.NONE);
    public static final RequestOutcome ERROR = new RequestOutcome("error", UmfMeters.NONE);

    /** The outcome of a call that returned UMF's answer. */
    public static RequestOutcome of(UmfResponse response) {
        if (response.isSuccess()) {
            return SUCCESS;
        }
        String retCode = response.retCode();
        String category = retCode == null ? "unknown" : ErrorCatalog.get().describe(retCode).category().name();
        return new RequestOutcome("refused", category.toLowerCase(Locale.ROOT));
    }

    /** The outcome of a call that failed with an exception. */
    public static RequestOutcome of(Throwable failure) {
        if (failure instanceof UmfAmbiguousOutcomeException) {
            return AMBIGUOUS;
        }
        if (failure instanceof UmfConnectionException) {
            return TRANSPORT_FAILURE;
        }
        if (failure instanceof UmfApiException api) {
            return new RequestOutcome("refused", api.getCategory().name().toLowerCase(Locale.ROOT));
        }
        if (failure instanceof UmfSignatureException) {
            return VERIFICATION_FAILED;
        }
        return ERROR;
    }
}
