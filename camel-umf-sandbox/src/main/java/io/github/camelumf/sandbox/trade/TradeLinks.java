package io.github.camelumf.sandbox.trade;

import io.github.camelumf.sandbox.payment.Ids;

import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The HATEOAS links and ids of the trade flows, with the sandbox's base URL. */
public final class TradeLinks {


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
        return Ids.base32(text);
    }

    /** An id as shown in a refusal: at most 48 characters. */
    static String shortened(String id) {
        return id.length() <= 48 ? id : id.substring(0, 48) + "...";
    }
}
