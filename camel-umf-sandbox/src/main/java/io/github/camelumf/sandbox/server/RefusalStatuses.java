package io.github.camelumf.sandbox.server;

import io.github.camelumf.sandbox.SandboxBehaviour;
import io.github.camelumf.sandbox.rules.RetCode;

/**
 * The HTTP status of a refusal. By default the status section 1.4 implies for the code's class:
 * <ul>
 * <li>401 "no valid API key": {@code 00280703} (token), {@code 00284001} (client credentials);</li>
 * <li>400 "unacceptable, often a missing parameter": {@code 00060700}, {@code 00280702}, {@code 00060710}
 * (signature) and the format rules of card data, phone and amounts;</li>
 * <li>404 "the requested resource doesn't exist": {@code 00060760} (payment), {@code 00060778} (refund);</li>
 * <li>409 "conflicts with another request": {@code 00202022} (duplicate order);</li>
 * <li>429 "too many requests": {@code 00080706} (SMS codes requested too often within one minute);</li>
 * <li>500 "something went wrong on UMF's end": {@code 00060999};</li>
 * <li>402 "the parameters were valid but the request failed": every other code (declines, order state, refund
 * rules, SMS code errors, unknown card BIN, ...).</li>
 * </ul>
 * With {@link SandboxBehaviour.RefusalStatus#ALWAYS_200} every refusal carrying a UMF return code is HTTP 200.
 * Statuses of faults and of the HTTP-level answers 404 (no such path) and 405 (wrong method) are kept as they are.
 */
public final class RefusalStatuses {

    private RefusalStatuses() {
    }

    /** The status for {@code retCode} under {@code mode}; {@code explicit} (non-zero) wins in REFERENCE mode. */
    public static int statusOf(String retCode, int explicit, SandboxBehaviour.RefusalStatus mode) {
        boolean umfCode = retCode != null && retCode.matches("\\d{8}");
        if (!umfCode) {
            return explicit == 0 ? 400 : explicit;
        }
        if (mode == SandboxBehaviour.RefusalStatus.ALWAYS_200) {
            return 200;
        }
        return explicit != 0 ? explicit : referenceStatus(retCode);
    }

    /** The status section 1.4 implies for a UMF return code. */
    public static int referenceStatus(String retCode) {
        RetCode code = RetCode.byCode(retCode);
        if (code == null) {
            return 402;
        }
        switch (code) {
            case TOKEN_INVALID:
            case AUTHENTICATION_FAILED:
                return 401;
            case DATA_VALIDATION:
            case REGEX_MISMATCH:
            case SIGNATURE_INVALID:
            case INVALID_CARD_NUMBER:
            case INVALID_PHONE:
            case INVALID_VALID_DATE:
            case INVALID_ID_NUMBER:
            case AMOUNT_NOT_POSITIVE:
            case CARGO_INFORMATION_ABSENT:
            case INCORRECT_PAYMENT_METHOD:
                return 400;
            case PAYMENT_NOT_EXISTS:
            case REFUND_NOT_FOUND:
                return 404;
            case DUPLICATE_ORDER:
            case DUPLICATE_REFUND:
                return 409;
            case SMS_TOO_OFTEN:
                return 429;
            case SYSTEM_ERROR:
                return 500;
            default:
                return 402;
        }
    }
}
