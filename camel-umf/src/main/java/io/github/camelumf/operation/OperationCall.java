package io.github.camelumf.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One call of an operation, as its {@link OperationBehaviour} sees it.
 *
 * @param operation     the row
 * @param parameters    the parameter values, in the order of {@link UmfOperation#parameters()}
 * @param request       the request body as a JSON tree: validated and plain in {@code beforeSend}, as sent (*enc*
 *                      fields encrypted) in {@code afterSuccess}; {@code null} for a GET
 * @param knownPayments what the component has seen of payments
 */
public record OperationCall(UmfOperation operation, String[] parameters, ObjectNode request,
                            KnownPayments knownPayments) {

    /** The value of the parameter with this endpoint option name, or {@code null}. */
    public String parameter(String option) {
        int index = operation.parameterIndex(option);
        return index < 0 ? null : parameters[index];
    }
}
