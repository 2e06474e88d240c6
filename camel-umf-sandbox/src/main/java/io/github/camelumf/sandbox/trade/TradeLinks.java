package io.github.camelumf.sandbox.trade;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The HATEOAS links and ids of the trade flows, with the sandbox's base URL. */
public final class TradeLinks {

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private final Supplier<String> baseUrl;

    public TradeLinks(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** One link, as a links array of one element: {@code [{"ref", "method", "href": base + path}]}. */
    ArrayNode of(String ref, String method, String path) {
        ObjectNode link = JsonNodeFactory.instance.objectNode();
        link.put("ref", ref);
        link.put("method", method);
        link.put("href", baseUrl.get() + path);
        ArrayNode links = JsonNodeFactory.instance.arrayNode();
        links.add(link);
        return links;
    }

    /** RFC 4648 base32 of the UTF-8 text, without padding (the shape of UMF's ids). */
    static String base32(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }

    /** An id as shown in a refusal: at most 48 characters. */
    static String shortened(String id) {
        return id.length() <= 48 ? id : id.substring(0, 48) + "...";
    }
}
