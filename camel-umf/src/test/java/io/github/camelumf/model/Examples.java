package io.github.camelumf.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** The JSON examples copied from the UMF reference into {@code src/test/resources/umf-examples}. */
public final class Examples {

    private Examples() {
    }

    /** The text of an example. */
    public static String text(String name) {
        try (InputStream in = Examples.class.getResourceAsStream("/umf-examples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An example as a JSON object tree. */
    public static ObjectNode tree(String name) {
        return UmfJson.toTree(text(name));
    }

    /**
     * A copy of the tree with every money member ({@code total}, {@code total_cny}) written as the model writes money:
     * a string with two decimals.
     */
    public static JsonNode withMoneyAsModelWritesIt(JsonNode tree) {
        JsonNode copy = tree.deepCopy();
        normalise(copy);
        return copy;
    }

    private static void normalise(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            Iterator<Map.Entry<String, JsonNode>> members = object.fields();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> member = members.next();
                String name = member.getKey();
                JsonNode value = member.getValue();
                if ((name.equals("total") || name.equals("total_cny")) && (value.isTextual() || value.isNumber())) {
                    member.setValue(TextNode.valueOf(MoneySerializer.format(new BigDecimal(value.asText()))));
                } else {
                    normalise(value);
                }
            }
        } else if (node.isArray()) {
            node.forEach(Examples::normalise);
        }
    }

    /** The JSON paths of all members that landed in the unknown members of a typed object or its children. */
    public static Set<String> unknownMemberPaths(Object typed) {
        Set<String> paths = new TreeSet<>();
        collect(typed, "", paths);
        return paths;
    }

    private static void collect(Object value, String path, Set<String> paths) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), path + "[" + i + "]", paths);
            }
        } else if (value instanceof UmfObject object) {
            for (String name : object.getUnknownMembers().keySet()) {
                paths.add(path.isEmpty() ? name : path + "." + name);
            }
            for (Class<?> type = object.getClass(); type != UmfObject.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    field.setAccessible(true);
                    try {
                        Object child = field.get(object);
                        String childPath = (path.isEmpty() ? "" : path + ".") + field.getName();
                        collect(child, childPath, paths);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }
}
