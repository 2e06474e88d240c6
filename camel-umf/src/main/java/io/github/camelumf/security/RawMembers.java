package io.github.camelumf.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The top-level members of a JSON object exactly as they appear in the received bytes: for each member its name and
 * the byte ranges of the whole member ({@code "name":value}) and of its value. Nothing is re-serialised, so a
 * signature over these bytes is checked against what UMF sent. The object may come inside a JSON array of one
 * element, as the 3.20 answer does.
 */
public final class RawMembers {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build();

    /** One member: its name, where the member starts (its name's quote) and where its value starts and ends. */
    public record Member(String name, int memberStart, int valueStart, int valueEnd) {
    }

    /**
     * A body read once into both its tree and its raw members.
     *
     * @param tree    the body as a tree, as {@link ObjectMapper#readTree(byte[])} reads it
     * @param members its raw members, or {@code null} when something follows the object (as {@link #of} says)
     */
    public record Parsed(ObjectNode tree, RawMembers members) {
    }

    private final byte[] body;
    private final List<Member> members;

    private RawMembers(byte[] body, List<Member> members) {
        this.body = body;
        this.members = members;
    }

    /**
     * @return the members of {@code body}, or {@code null} when the body is neither one JSON object nor a JSON array
     *         of exactly one object (the form of the 3.20 answer, whose object's members are then returned)
     */
    public static RawMembers of(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            boolean inArray = first == JsonToken.START_ARRAY;
            if ((inArray ? parser.nextToken() : first) != JsonToken.START_OBJECT) {
                return null;
            }
            List<Member> members = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int memberStart = (int) parser.currentTokenLocation().getByteOffset();
                JsonToken value = parser.nextToken();
                int valueStart = (int) parser.currentTokenLocation().getByteOffset();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                } else {
                    parser.finishToken();
                }
                int valueEnd = (int) parser.currentLocation().getByteOffset();
                members.add(new Member(name, memberStart, valueStart, valueEnd));
            }
            if (token != JsonToken.END_OBJECT || (inArray && parser.nextToken() != JsonToken.END_ARRAY)
                || parser.nextToken() != null) {
                return null;
            }
            return new RawMembers(body, List.copyOf(members));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Reads {@code body} in one pass into its tree and its raw members, so that an answer is not tokenized twice (once
     * for its content, once for the bytes its signature covers).
     *
     * @return {@code null} when the body is not one JSON object within the nesting limit, or does not parse: read it
     *         with {@link ObjectMapper#readTree(byte[])} and {@link #of} then
     */
    public static Parsed parse(byte[] body, ObjectMapper mapper) {
        if (body == null || body.length == 0) {
            return null;
        }
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            ObjectNode tree = mapper.createObjectNode();
            List<Member> members = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int memberStart = (int) parser.currentTokenLocation().getByteOffset();
                parser.nextToken();
                int valueStart = (int) parser.currentTokenLocation().getByteOffset();
                JsonNode value = mapper.readTree(parser);
                parser.finishToken();
                int valueEnd = (int) parser.currentLocation().getByteOffset();
                tree.set(name, value);
                members.add(new Member(name, memberStart, valueStart, valueEnd));
            }
            if (token != JsonToken.END_OBJECT) {
                return null;
            }
            boolean trailing = parser.nextToken() != null;
            return new Parsed(tree, trailing ? null : new RawMembers(body, List.copyOf(members)));
        } catch (IOException e) {
            return null;
        }
    }

    /** The member named {@code name} (the last one when the name repeats, as a tree keeps it), or {@code null}. */
    public Member find(String name) {
        for (int i = members.size() - 1; i >= 0; i--) {
            if (members.get(i).name().equals(name)) {
                return members.get(i);
            }
        }
        return null;
    }

    /** Reads the bytes of a value where they lie in a body (no copy). */
    @FunctionalInterface
    public interface ValueReader<T> {
        T read(byte[] body, int offset, int length);
    }

    /** Hands a member's value, as received, to {@code reader} without copying it. */
    public <T> T read(Member member, ValueReader<T> reader) {
        return reader.read(body, member.valueStart(), member.valueEnd() - member.valueStart());
    }

    public List<Member> members() {
        return members;
    }

    /** The raw bytes of a member's value. */
    public byte[] value(Member member) {
        return Arrays.copyOfRange(body, member.valueStart(), member.valueEnd());
    }

    /** The raw bytes of a whole member, {@code "name":value}. */
    public byte[] member(Member member) {
        return Arrays.copyOfRange(body, member.memberStart(), member.valueEnd());
    }
}
