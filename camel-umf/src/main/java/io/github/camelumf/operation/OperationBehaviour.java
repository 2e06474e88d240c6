package io.github.camelumf.operation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one operation does beyond the common pipeline, attached to its catalog row: checks that need state (a refund
 * against the payment it refunds) and what to remember from the answer. The shared producer knows no operation
 * names; it calls these hooks.
 */
public interface OperationBehaviour {

    /** No behaviour of its own. */
    OperationBehaviour NONE = new OperationBehaviour() {
    };

    /** After the body rules passed, before the body is encrypted and sent. Throws to refuse the call. */
    default void beforeSend(OperationCall call) {
    }

    /** After UMF answered with success (ret_code 0000); {@code answer} is the verified JSON. */
    default void afterSuccess(OperationCall call, JsonNode answer) {
    }
}
