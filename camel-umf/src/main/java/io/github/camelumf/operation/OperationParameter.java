package io.github.camelumf.operation;

import java.util.Locale;

/**
 * A path or query parameter of an operation. Its value comes from the message header {@code CamelUmf<Option>} or,
 * when the header is absent, from the endpoint option of the same name ({@code paymentId}, {@code currency}, ...).
 *
 * @param location  in the path (filling a {@code {placeholder}}) or in the query string
 * @param wireName  the placeholder name in the path ({@code payment_id}) or the query parameter name ({@code card})
 * @param option    the endpoint option, also naming the header
 * @param encrypted whether the value is sent encrypted with UMF's public key (the card number of bank/cardBin)
 * @param required  whether the call cannot be made without it
 */
public record OperationParameter(Location location, String wireName, String option, boolean encrypted,
                                 boolean required) {

    /** Where the value goes. */
    public enum Location {
        PATH,
        QUERY,
        /** What to call: the HTTP method or the whole path (umf:raw). */
        CALL
    }

    /** A required path parameter: {@code {wireName}} in the path. */
    public static OperationParameter path(String wireName, String option) {
        return new OperationParameter(Location.PATH, wireName, option, false, true);
    }

    /** An optional query parameter. */
    public static OperationParameter query(String wireName, String option) {
        return new OperationParameter(Location.QUERY, wireName, option, false, false);
    }

    /** A required parameter that says what to call (umf:raw's method and path). */
    public static OperationParameter call(String option) {
        return new OperationParameter(Location.CALL, option, option, false, true);
    }

    /** This parameter, required. */
    public OperationParameter asRequired() {
        return new OperationParameter(location, wireName, option, encrypted, true);
    }

    /** This parameter, sent encrypted with UMF's public key. */
    public OperationParameter asEncrypted() {
        return new OperationParameter(location, wireName, option, true, required);
    }

    /** The message header that supplies the value: {@code CamelUmf} and the option name with a capital. */
    public String header() {
        return "CamelUmf" + option.substring(0, 1).toUpperCase(Locale.ROOT) + option.substring(1);
    }

    /** The placeholder in the path, {@code {payment_id}}. */
    public String placeholder() {
        return "{" + wireName + "}";
    }
}
