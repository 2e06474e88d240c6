package io.github.camelumf.sandbox.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.security.RsaOperations;
import io.github.camelumf.sandbox.server.Json;

import java.math.BigDecimal;
import java.security.PrivateKey;
import java.util.Iterator;
import java.util.Map;

/**
 * Serialises a notification once and signs exactly those bytes with the UMF private key
 * ({@code Signature} = base64(SHA256withRSA)), then applies the test tampering: a forged body is the signed one with
 * its first amount {@code total} raised by 100.00 (still valid JSON, the signature left as it was); an unsigned one
 * has no header; a badly encoded one starts its header with {@code '!'}, which no base64 alphabet has.
 */
public final class NotificationSigner {

    /** The bytes to send and the Signature header (null: none). */
    public record Signed(byte[] body, String signature) {
    }

    private final PrivateKey umfPrivateKey;

    public NotificationSigner(PrivateKey umfPrivateKey) {
        this.umfPrivateKey = umfPrivateKey;
    }

    /** Serialises and signs {@code message}, then spoils it as {@code tampering} says. */
    public Signed sign(ObjectNode message, Tampering tampering) {
        byte[] body = Json.write(message);
        String signature = RsaOperations.sign(umfPrivateKey, body);
        if (tampering.forged()) {
            ObjectNode altered = message.deepCopy();
            if (!raiseFirstTotal(altered)) {
                altered.put("forged", true);
            }
            body = Json.write(altered);
        }
        if (tampering.badSignatureEncoding()) {
            signature = "!" + signature.substring(1);
        }
        if (tampering.unsigned()) {
            signature = null;
        }
        return new Signed(body, signature);
    }

    private static boolean raiseFirstTotal(ObjectNode node) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if ("total".equals(field.getKey()) && value.isTextual()) {
                BigDecimal total;
                try {
                    total = new BigDecimal(value.asText());
                } catch (NumberFormatException e) {
                    total = BigDecimal.ZERO;
                }
                node.put("total", total.add(BigDecimal.valueOf(100)).setScale(2).toPlainString());
                return true;
            }
            if (value instanceof ObjectNode && raiseFirstTotal((ObjectNode) value)) {
                return true;
            }
        }
        return false;
    }
}
