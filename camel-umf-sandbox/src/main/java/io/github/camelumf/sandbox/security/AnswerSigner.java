package io.github.camelumf.sandbox.security;

import java.io.ByteArrayOutputStream;
import java.security.PrivateKey;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.server.Json;

/**
 * Signs an answer the way section 1.6 describes: the signature goes into {@code meta.sign} and covers the result
 * object(s). The text signed is the exact bytes of the value of every member other than {@code meta}, in body order,
 * concatenated, as they appear in the body sent (the answer is serialised compactly, so a member's value has the same
 * bytes alone and inside the body). An answer without a result member (an error) or without {@code meta} (the token
 * answer) is not signed.
 */
public final class AnswerSigner {

    private final PrivateKey umfPrivateKey;

    public AnswerSigner(PrivateKey umfPrivateKey) {
        this.umfPrivateKey = umfPrivateKey;
    }

    /** A copy of {@code body} with {@code meta.sign} set, or {@code body} itself when there is nothing to sign. */
    public ObjectNode sign(ObjectNode body) {
        if (!(body.get("meta") instanceof ObjectNode)) {
            return body;
        }
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        boolean result = false;
        for (Iterator<Map.Entry<String, JsonNode>> members = body.fields(); members.hasNext();) {
            Map.Entry<String, JsonNode> member = members.next();
            if (!"meta".equals(member.getKey())) {
                signed.writeBytes(Json.write(member.getValue()));
                result = true;
            }
        }
        if (!result) {
            return body;
        }
        ObjectNode copy = body.deepCopy();
        ((ObjectNode) copy.get("meta")).put("sign", RsaOperations.sign(umfPrivateKey, signed.toByteArray()));
        return copy;
    }
}
