package io.github.camelumf.validation;

import io.github.camelumf.error.UmfValidationException;

/**
 * The rules of a payment's reference when it is given outside a JSON body (headers or endpoint options, as for
 * {@code b2b/uploadDocuments}): {@code mer_reference_id} 4 to 32 characters (section 5, "order") and, because it
 * names a remote file, only letters, digits, {@code -}, {@code _} and {@code .}; {@code mer_date} a real date written
 * yyyyMMdd. Each violation names the field and the rule, never the value.
 */
public final class PaymentReferenceRules {

    private PaymentReferenceRules() {
    }

    /** Checks a mer_reference_id given as {@code field}. */
    public static void merReferenceId(String field, String value) {
        FieldPath path = FieldPath.ROOT.child(field);
        if (value == null || value.isBlank()) {
            throw FieldRules.violation(path, "is required");
        }
        FieldRules.length(path, value, 4, 32);
        if (!value.chars().allMatch(PaymentReferenceRules::fileNameSafe)) {
            throw FieldRules.violation(path, "must contain only letters, digits, '-', '_' and '.' (it names the"
                                             + " uploaded file)");
        }
    }

    /** Checks a mer_date given as {@code field}. */
    public static void merDate(String field, String value) {
        FieldPath path = FieldPath.ROOT.child(field);
        if (value == null || value.isBlank()) {
            throw FieldRules.violation(path, "is required");
        }
        FieldRules.date(path, value);
    }

    private static boolean fileNameSafe(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.';
    }
}
