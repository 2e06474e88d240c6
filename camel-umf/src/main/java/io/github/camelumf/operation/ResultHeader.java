package io.github.camelumf.operation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A member of UMF's answer that becomes a message header, e.g. {@code payment.id} into {@code CamelUmfPaymentId}.
 *
 * @param header the header name (a {@code UmfConstants} field)
 * @param member the top-level member of the answer ({@code payment})
 * @param field  the field of that member ({@code id})
 */
public record ResultHeader(String header, String member, String field) {

    /**
     * The value in the answer, or {@code null} when the answer does not have it. A member that is an array of one
     * object (customs_declarations) counts as that object.
     */
    public String valueIn(JsonNode answer) {
        JsonNode holder = answer.get(member);
        if (holder != null && holder.isArray()) {
            holder = holder.size() == 1 ? holder.get(0) : null;
        }
        if (holder == null) {
            return null;
        }
        JsonNode value = holder.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
