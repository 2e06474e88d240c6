package io.github.camelumf.security;

import java.util.Collection;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelumf.error.UmfValidationException;

/**
 * Replaces the sensitive members of a request body by their ciphertext (section 1.7 of the UMF reference) before the
 * body is serialised and signed.
 * <p>
 * A field path is a dotted list of member names ({@code payer.payer_info.bank_card.number}; see {@link FieldPaths}
 * for the catalog's brace sets). Arrays met on the way are walked element by element. Members that are missing or
 * JSON {@code null} are skipped, empty strings stay empty, and values that already are ciphertext for this key are
 * left as they are, so encrypting twice is harmless. Numbers and booleans are encrypted as their JSON text (numbers
 * in plain notation). An object, array or other non-scalar at the end of a path is refused with a
 * {@link UmfValidationException} naming the concrete path ({@code order.sub_orders[1].student_name}); the message
 * never contains the value.
 */
public final class SensitiveFieldEncryption {

    private final FieldEncryptor encryptor;

    /** @param encryptor encrypts each value (normally an {@link RsaFieldEncryptor} with UMF's public key) */
    public SensitiveFieldEncryption(FieldEncryptor encryptor) {
        this.encryptor = Objects.requireNonNull(encryptor, "encryptor");
    }

    /**
     * Encrypts, in place, every value the paths reach.
     *
     * @param  body                  the request body; modified
     * @param  fieldPaths            dotted member paths, without brace sets
     * @return                       how many values were encrypted (skipped and already encrypted ones not counted)
     * @throws UmfValidationException if a path ends at an object or array, or a value cannot be encrypted (too long for the key)
     */
    public int encrypt(ObjectNode body, Collection<String> fieldPaths) {
        Objects.requireNonNull(body, "body");
        int count = 0;
        for (String path : fieldPaths) {
            if (path == null || path.isEmpty() || path.indexOf('{') >= 0) {
                throw new IllegalArgumentException("field path '" + path + "' is empty or has an unexpanded brace set");
            }
            count += walk(body, path.split("\\.", -1), 0, "");
        }
        return count;
    }

    private int walk(JsonNode node, String[] members, int index, String location) {
        if (node instanceof ArrayNode) {
            int count = 0;
            for (int i = 0; i < node.size(); i++) {
                count += walk(node.get(i), members, index, location + "[" + i + "]");
            }
            return count;
        }
        if (!(node instanceof ObjectNode)) {
            return 0; // a scalar where an object was expected: nothing sensitive can be below it
        }
        ObjectNode object = (ObjectNode) node;
        String name = members[index];
        JsonNode child = object.get(name);
        if (child == null || child.isNull() || child.isMissingNode()) {
            return 0;
        }
        String childLocation = location.isEmpty() ? name : location + "." + name;
        if (index < members.length - 1) {
            return walk(child, members, index + 1, childLocation);
        }
        return encryptLeaf(object, name, child, childLocation);
    }

    private int encryptLeaf(ObjectNode parent, String name, JsonNode value, String location) {
        String text;
        if (value.isTextual()) {
            text = value.textValue();
            if (text.isEmpty() || encryptor.isCiphertext(text)) {
                return 0;
            }
        } else if (value.isNumber()) {
            text = value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
        } else if (value.isBoolean()) {
            text = value.asText();
        } else {
            throw new UmfValidationException(location, "must be a string");
        }
        String ciphertext;
        try {
            ciphertext = encryptor.encrypt(text);
        } catch (IllegalArgumentException e) {
            throw new UmfValidationException(location, "cannot be encrypted: " + e.getMessage());
        }
        parent.put(name, ciphertext);
        return 1;
    }
}
