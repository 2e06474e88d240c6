package io.github.camelumf.error;

/**
 * What the request would create already exists: a payment with this {@code mer_reference_id} ({@code 00202022};
 * {@code 00131074} in tuition transfers), a refund with this {@code mer_reference_id} ({@code 00200096}), a sub-order number used the same day, a refund already applied for, payee or order details
 * already sent. UMF answers it with HTTP 200 or 409 (conflict); both map here. Category
 * {@link ErrorCategory#DUPLICATE}. Query the existing payment or refund and continue with it;
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
