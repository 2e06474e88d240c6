package io.github.camelumf.error;

/**
 * What the request would create already exists: a payment or refund with this {@code mer_reference_id}
 * ({@code 00131074}), a sub-order number used the same day, a refund already applied for, payee or order details
 * already sent. Category {@link ErrorCategory#DUPLICATE}. Query the existing payment or refund and continue with it;
 * typically an earlier attempt whose answer was lost did succeed. Use a new merchant reference only for a genuinely
 * new order.
 */
public class UmfDuplicateOrderException extends UmfApiException {

    private static final long serialVersionUID = 1L;

    UmfDuplicateOrderException(String message, String operation, int httpStatus, String retCode, String retMsg,
                               String description) {
        super(message, operation, httpStatus, retCode, retMsg, ErrorCategory.DUPLICATE, description);
    }
}
