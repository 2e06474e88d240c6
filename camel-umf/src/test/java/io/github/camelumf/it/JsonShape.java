package io.github.camelumf.it;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/** The shape of a JSON document: the paths of its members, array elements written {@code []}, without values. */
final class JsonShape {

    private JsonShape() {
    }

    static Set<String> of(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String path, Set<String> paths) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> members = node.fields();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> member = members.next();
                String child = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                paths.add(child);
                collect(member.getValue(), child, paths);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                collect(element, path + "[]", paths);
            }
        }
    }
}
