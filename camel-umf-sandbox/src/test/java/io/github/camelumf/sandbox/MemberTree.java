package io.github.camelumf.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The member tree of a JSON answer: member names, nesting and JSON types, and for {@code links} the sequence of
 * {@code ref}s. Values are not compared. The elements of an array are merged into one shape (the union of their
 * members), so a reference sample with two sub-orders compares with an answer with one.
 */
final class MemberTree {

    private MemberTree() {
    }

    /**
     * The differences of {@code actual} from {@code expected}, each a line starting with its path, e.g.
     * {@code payment.order.sub_orders[].invoice_id: missing}, {@code payment.id: extra},
     * {@code order.amount.total: string expected, number found}, {@code links: refs [self, confirm] expected, ...}.
     */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("", expected, actual, out);
        return out;
    }

    /** The path of a difference line. */
    static String pathOf(String difference) {
        return difference.substring(0, difference.indexOf(':'));
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        String expectedType = type(expected);
        String actualType = type(actual);
        if (!expectedType.equals(actualType)) {
            out.add(path + ": " + expectedType + " expected, " + actualType + " found");
            return;
        }
        if (expected.isObject()) {
            compareObjects(path, expected, actual, out);
        } else if (expected.isArray()) {
            if (path.equals("links") || path.endsWith(".links")) {
                List<String> expectedRefs = refs(expected);
                List<String> actualRefs = refs(actual);
                if (!expectedRefs.equals(actualRefs)) {
                    out.add(path + ": refs " + expectedRefs + " expected, " + actualRefs + " found");
                }
            }
            JsonNode expectedShape = merged(expected);
            JsonNode actualShape = merged(actual);
            if (expectedShape != null && actualShape == null) {
                out.add(path + "[]: elements expected, empty array found");
            } else if (expectedShape != null) {
                compare(path + "[]", expectedShape, actualShape, out);
            }
        }
    }

    private static void compareObjects(String path, JsonNode expected, JsonNode actual, List<String> out) {
        String prefix = path.isEmpty() ? "" : path + ".";
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> member = it.next();
            JsonNode found = actual.get(member.getKey());
            if (found == null) {
                out.add(prefix + member.getKey() + ": missing");
            } else {
                compare(prefix + member.getKey(), member.getValue(), found, out);
            }
        }
        for (Iterator<String> it = actual.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!expected.has(name)) {
                out.add(prefix + name + ": extra");
            }
        }
    }

    /** The union of the members of an array's object elements, or its first element; null when empty. */
    private static JsonNode merged(JsonNode array) {
        if (array.isEmpty()) {
            return null;
        }
        if (!array.get(0).isObject()) {
            return array.get(0);
        }
        Map<String, JsonNode> union = new LinkedHashMap<>();
        for (JsonNode element : array) {
            for (Iterator<Map.Entry<String, JsonNode>> it = element.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> member = it.next();
                JsonNode known = union.get(member.getKey());
                if (known == null || (known.isContainerNode() && known.size() < member.getValue().size())) {
                    union.put(member.getKey(), member.getValue());
                }
            }
        }
        com.fasterxml.jackson.databind.node.ObjectNode node = UmfTestClient.MAPPER.createObjectNode();
        union.forEach(node::set);
        return node;
    }

    private static List<String> refs(JsonNode links) {
        List<String> refs = new ArrayList<>();
        for (JsonNode link : links) {
            refs.add(link.path("ref").asText());
        }
        return refs;
    }

    private static String type(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isTextual()) {
            return "string";
        }
        if (node.isNumber()) {
            return "number";
        }
        return node.isBoolean() ? "boolean" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
