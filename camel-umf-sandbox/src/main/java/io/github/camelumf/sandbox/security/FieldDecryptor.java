package io.github.camelumf.sandbox.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.RetCode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decrypts the *enc* fields of a request with the UMF private key (RSA/ECB/PKCS1Padding, UTF-8). A non-empty value
 * that is not the base64 of such a ciphertext is refused with {@code 00060700}, naming the field. Plaintexts are
 * handed back for the request record only; they are never logged.
 */
public final class FieldDecryptor {

    /** The encrypted fields of payment/create, payment/verify and payment/execute (operations.md). */
    public static final List<String> PAYMENT_FIELDS = List.of(
            "payer.payer_info.name",
            "payer.payer_info.bank_card.number",
            "payer.payer_info.bank_card.valid_date",
            "payer.payer_info.bank_card.cvv2",
            "payer.payer_info.bank_card.payer_name",
            "payer.payer_info.bank_card.citizen_id_number",
            "payer.payer_info.qr_code_scan.citizen_id_number",
            "payer.payer_info.wechat_in_app.citizen_id_number",
            "payer.payer_info.wechat_in_app_web.citizen_id_number",
            "payer.payer_info.wechat_H5.citizen_id_number",
            "payer.payer_info.payer_agreement.valid_date",
            "payer.payer_info.payer_agreement.cvv2",
            "order.student_name");

    /** The encrypted fields of bind/smsCode and bind/confirm (operations.md). */
    public static final List<String> BIND_FIELDS = List.of(
            "payer_info.bank_card.number",
            "payer_info.bank_card.valid_date",
            "payer_info.bank_card.cvv2",
            "payer_info.bank_card.payer_name",
            "payer_info.bank_card.citizen_id_number",
            "bind.number",
            "bind.citizen_id_number",
            "bind.name");

    private final PrivateKey umfPrivateKey;

    public FieldDecryptor(PrivateKey umfPrivateKey) {
        this.umfPrivateKey = umfPrivateKey;
    }

    /** Decrypts every present, non-empty field of {@code paths}; returns path to plaintext (empty strings kept). */
    public Map<String, String> decrypt(ObjectNode body, List<String> paths) {
        Map<String, String> plain = new LinkedHashMap<>();
        for (String path : paths) {
            JsonNode node = locate(body, path);
            if (node == null || node.isNull()) {
                continue;
            }
            if (!node.isTextual()) {
                throw ApiError.invalid(path, "must be an encrypted string");
            }
            String value = node.asText();
            plain.put(path, value.isEmpty() ? "" : decryptOne(path, value));
        }
        return plain;
    }

    /**
     * Decrypts the required encrypted query parameter {@code name} (e.g. {@code card} of 3.2), records it in
     * {@code record} and returns the plaintext.
     */
    public String decryptQuery(Map<String, String> query, String name, Map<String, String> record) {
        String value = query.get(name);
        if (value == null || value.isEmpty()) {
            throw ApiError.invalid(name, "is required");
        }
        String plain = decryptOne(name, value);
        record.put(name, plain);
        return plain;
    }

    private String decryptOne(String path, String value) {
        try {
            byte[] cipher = Base64.getMimeDecoder().decode(value);
            if (cipher.length == 0) {
                throw new IllegalArgumentException("empty");
            }
            byte[] plain = RsaOperations.decrypt(umfPrivateKey, cipher);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(plain)).toString();
        } catch (IllegalArgumentException | GeneralSecurityException | CharacterCodingException e) {
            throw new ApiError(RetCode.DATA_VALIDATION,
                    path + " is not encrypted with the UMF public key (RSA/ECB/PKCS1Padding, base64)");
        }
    }

    private static JsonNode locate(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(part);
        }
        return node;
    }
}
