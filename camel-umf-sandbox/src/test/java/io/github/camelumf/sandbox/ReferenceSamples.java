package io.github.camelumf.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The reference's sample requests and answers, copied verbatim from the reference text into
 * {@code src/test/resources/reference-samples} (file names start with the section), and the preparation of a
 * sample request for sending: fresh ids, today's date, and the *enc* fields encrypted for the sandbox's UMF key.
 */
final class ReferenceSamples {

    /** Test plaintext for each *enc* member name (section 1.7). */
    private static final Map<String, String> PLAINTEXT = Map.of(
            "number", Flows.CARD,
            "valid_date", "2812",
            "cvv2", "123",
            "payer_name", "张三",
            "name", "张三",
            "citizen_id_number", "370124197111250021",
            "student_name", "张三");

    /** Where *enc* members sit in payment requests (operations.md). */
    private static final List<String> ENC_PATHS = List.of(
            "payer.payer_info.name",
            "payer.payer_info.bank_card.number", "payer.payer_info.bank_card.valid_date",
            "payer.payer_info.bank_card.cvv2", "payer.payer_info.bank_card.payer_name",
            "payer.payer_info.bank_card.citizen_id_number",
            "payer.payer_info.qr_code_scan.citizen_id_number", "payer.payer_info.wechat_in_app.citizen_id_number",
            "payer.payer_info.wechat_in_app_web.citizen_id_number", "payer.payer_info.wechat_H5.citizen_id_number",
            "payer.payer_info.payer_agreement.valid_date", "payer.payer_info.payer_agreement.cvv2",
            "order.student_name");

    private ReferenceSamples() {
    }

    /** A sample's exact text. */
    static String text(String name) {
        try (InputStream in = ReferenceSamples.class.getResourceAsStream("/reference-samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no reference sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sample as a JSON tree. */
    static ObjectNode tree(String name) {
        try {
            return (ObjectNode) UmfTestClient.MAPPER.readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A sample request ready to send: a fresh {@code mer_reference_id} (order or refund_info), today's
     * {@code mer_date}, fresh {@code mer_sub_reference_id}s of the sample's lengths (so its length rules still
     * apply), and each non-empty *enc* member replaced by the encryption of a test value.
     */
    static String prepared(String name, UmfTestClient client) {
        ObjectNode request = tree(name);
        for (String holder : new String[] {"order", "refund_info"}) {
            JsonNode node = request.get(holder);
            if (node instanceof ObjectNode) {
                ObjectNode order = (ObjectNode) node;
                order.put("mer_reference_id", Payloads.merReferenceId());
                if (order.has("mer_date")) {
                    order.put("mer_date", Payloads.today());
                }
                for (JsonNode sub : order.path("sub_orders")) {
                    JsonNode subId = sub.get("mer_sub_reference_id");
                    if (subId != null && subId.isTextual() && holder.equals("order")) {
                        ((ObjectNode) sub).put("mer_sub_reference_id", freshDigits(subId.asText().length()));
                    }
                }
            }
        }
        for (String path : ENC_PATHS) {
            encrypt(request, path, client);
        }
        return request.toString();
    }

    /** The mer_sub_reference_ids of a request or answer's order. */
    static List<String> subReferences(JsonNode order) {
        List<String> ids = new ArrayList<>();
        for (JsonNode sub : order.path("sub_orders")) {
            ids.add(sub.path("mer_sub_reference_id").asText());
        }
        return ids;
    }

    private static void encrypt(ObjectNode root, String path, UmfTestClient client) {
        String[] names = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < names.length - 1; i++) {
            node = node.get(names[i]);
            if (!(node instanceof ObjectNode)) {
                return;
            }
        }
        String member = names[names.length - 1];
        JsonNode value = node.get(member);
        if (value != null && value.isTextual() && !value.asText().isEmpty()) {
            ((ObjectNode) node).put(member, client.enc(PLAINTEXT.get(member)));
        }
    }

    private static String freshDigits(int length) {
        StringBuilder digits = new StringBuilder(Math.max(4, length));
        digits.append(ThreadLocalRandom.current().nextInt(1, 10));
        while (digits.length() < Math.max(4, length)) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
