package io.github.camelumf.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The top-level members of a JSON object as raw bytes, exactly as they appear in the body, scanned by hand (written
 * apart from the sandbox's signing code, so that a test checks {@code meta.sign} over what was sent on the wire).
 */
final class RawMembers {

    private final byte[] body;
    private int at;

    private RawMembers(byte[] body) {
        this.body = body;
    }

    /**
     * Each member's name and the raw bytes of its value, in body order.
     *
     * @throws AssertionError the body is not one JSON object
     */
    static Map<String, byte[]> of(byte[] body) {
        return new RawMembers(body).members();
    }

    private Map<String, byte[]> members() {
        Map<String, byte[]> members = new LinkedHashMap<>();
        skipWhiteSpace();
        expect('{');
        skipWhiteSpace();
        if (peek() == '}') {
            return members;
        }
        while (true) {
            skipWhiteSpace();
            int nameStart = at;
            skipString();
            String name = new String(body, nameStart + 1, at - nameStart - 2, StandardCharsets.UTF_8);
            skipWhiteSpace();
            expect(':');
            skipWhiteSpace();
            int valueStart = at;
            skipValue();
            byte[] value = new byte[at - valueStart];
            System.arraycopy(body, valueStart, value, 0, value.length);
            members.put(name, value);
            skipWhiteSpace();
            if (peek() == ',') {
                at++;
                continue;
            }
            expect('}');
            return members;
        }
    }

    private void skipValue() {
        byte first = peek();
        if (first == '"') {
            skipString();
        } else if (first == '{' || first == '[') {
            int depth = 0;
            do {
                byte b = peek();
                if (b == '"') {
                    skipString();
                    continue;
                }
                if (b == '{' || b == '[') {
                    depth++;
                } else if (b == '}' || b == ']') {
                    depth--;
                }
                at++;
            } while (depth > 0);
        } else {
            while (at < body.length && body[at] != ',' && body[at] != '}' && !Character.isWhitespace(body[at])) {
                at++;
            }
        }
    }

    private void skipString() {
        expect('"');
        while (peek() != '"') {
            at += peek() == '\\' ? 2 : 1;
        }
        at++;
    }

    private void skipWhiteSpace() {
        while (at < body.length && Character.isWhitespace(body[at])) {
            at++;
        }
    }

    private byte peek() {
        if (at >= body.length) {
            throw new AssertionError("the body ends inside a JSON object: "
                                     + new String(body, StandardCharsets.UTF_8));
        }
        return body[at];
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new AssertionError("'" + c + "' expected at byte " + at + " of "
                                     + new String(body, StandardCharsets.UTF_8));
        }
        at++;
    }
}
