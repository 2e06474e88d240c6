package io.github.camelumf.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelumf.model.UmfJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The members of a body are cut from the bytes as received: whitespace, escapes and number forms survive. */
class RawMembersTest {

    @Test
    void eachMemberAndValueIsCutFromTheBytesAsReceived() {
        String body = "{ \"meta\" : {\"ret_code\":\"0000\",\"sign\":\"x\"} ,\n \"payment\":{ \"total\" : 1.50 ,"
                      + "\"a\":[1, {\"b\":\"\\u00e9\\\"}\"}]},\"count\":  12 ,\"name\":\"caf\u00e9\",\"ok\":true,"
                      + "\"none\":null }";
        RawMembers members = RawMembers.of(body.getBytes(StandardCharsets.UTF_8));

        assertThat(members.members()).extracting(RawMembers.Member::name)
                .containsExactly("meta", "payment", "count", "name", "ok", "none");
        assertThat(values(members)).containsExactly("{\"ret_code\":\"0000\",\"sign\":\"x\"}",
                "{ \"total\" : 1.50 ,\"a\":[1, {\"b\":\"\\u00e9\\\"}\"}]}", "12", "\"caf\u00e9\"", "true", "null");
        assertThat(text(members.member(members.members().get(1))))
                .isEqualTo("\"payment\":{ \"total\" : 1.50 ,\"a\":[1, {\"b\":\"\\u00e9\\\"}\"}]}");
        assertThat(text(members.member(members.members().get(2)))).isEqualTo("\"count\":  12");
    }

    @Test
    void aBodyThatIsNotOneJsonObjectHasNoMembers() {
        assertThat(RawMembers.of(null)).isNull();
        assertThat(RawMembers.of(new byte[0])).isNull();
        assertThat(RawMembers.of("[1,2]".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(RawMembers.of("[{\"a\":1},{\"b\":2}]".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(RawMembers.of("[{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(RawMembers.of("[{\"a\":1}] 1".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(RawMembers.of("[]".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(RawMembers.of("{\"a\":1".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(RawMembers.of("{\"a\":1} {\"b\":2}".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(RawMembers.of("<html>502</html>".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(RawMembers.of("{}".getBytes(StandardCharsets.UTF_8)).members()).isEmpty();
    }

    @Test
    void parseReadsTheTreeAndTheSameMembersInOnePass() throws Exception {
        ObjectMapper mapper = UmfJson.mapper();
        String body = "{ \"meta\" : {\"ret_code\":\"0000\",\"sign\":\"x\"} ,\n \"payment\":{ \"total\" : 1.50 ,"
                      + "\"a\":[1, {\"b\":\"\\u00e9\\\"}\"}]},\"count\":  12 ,\"name\":\"caf\u00e9\",\"ok\":true,"
                      + "\"none\":null, \"big\": 12345678901234567890.10 }";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        RawMembers.Parsed parsed = RawMembers.parse(bytes, mapper);

        assertThat(parsed.tree()).isEqualTo(mapper.readTree(bytes));
        assertThat(parsed.tree().get("big").decimalValue()).isEqualByComparingTo("12345678901234567890.10");
        assertThat(parsed.tree().get("none").isNull()).isTrue();
        assertThat(parsed.members().members()).isEqualTo(RawMembers.of(bytes).members());
        assertThat(parsed.members().find("meta")).isEqualTo(parsed.members().members().get(0));
        assertThat(values(parsed.members())).containsExactly("{\"ret_code\":\"0000\",\"sign\":\"x\"}",
                "{ \"total\" : 1.50 ,\"a\":[1, {\"b\":\"\\u00e9\\\"}\"}]}", "12", "\"caf\u00e9\"", "true", "null",
                "12345678901234567890.10");
    }

    @Test
    void parseLeavesWhatIsNotOneJsonObjectToTheUsualReaders() {
        ObjectMapper mapper = UmfJson.mapper();
        assertThat(RawMembers.parse(null, mapper)).isNull();
        assertThat(RawMembers.parse(new byte[0], mapper)).isNull();
        assertThat(RawMembers.parse("[{\"a\":1}]".getBytes(StandardCharsets.UTF_8), mapper)).isNull();
        assertThat(RawMembers.parse("{\"a\":1".getBytes(StandardCharsets.UTF_8), mapper)).isNull();
        assertThat(RawMembers.parse("<html>502</html>".getBytes(StandardCharsets.UTF_8), mapper)).isNull();
        assertThat(RawMembers.parse("{\"a\":1} <".getBytes(StandardCharsets.UTF_8), mapper)).isNull();
        assertThat(RawMembers.parse(("{\"a\":" + "[".repeat(70) + "]".repeat(70) + "}")
                .getBytes(StandardCharsets.UTF_8), mapper)).isNull();
        RawMembers.Parsed followed = RawMembers.parse("{\"a\":1} {\"b\":2}".getBytes(StandardCharsets.UTF_8), mapper);
        assertThat(followed.tree().get("a").intValue()).isEqualTo(1);
        assertThat(followed.members()).as("a body followed by more has no members to verify").isNull();

        RawMembers.Parsed repeated = RawMembers.parse("{\"a\":1,\"b\":2,\"a\":3}".getBytes(StandardCharsets.UTF_8), mapper);
        assertThat(repeated.tree().get("a").intValue()).isEqualTo(3);
        assertThat(text(repeated.members().value(repeated.members().find("a")))).as("the one the tree keeps").isEqualTo("3");
        assertThat(repeated.members().find("c")).isNull();
        String b = repeated.members().read(repeated.members().find("b"),
                (body, offset, length) -> new String(body, offset, length, StandardCharsets.UTF_8));
        assertThat(b).as("a value handed over where it lies, exactly its bytes").isEqualTo("2");
    }

    @Test
    void anObjectInsideAnArrayOfOneElementHasTheMembersOfTheObjectCutFromTheWholeBody() {
        String body = "[\n {\"meta\":{\"sign\":\"s\"}, \"pagination\":{\"page_number\":\"1\"},"
                      + "\"reconciliations\":{\"settle_date\":\"20261125\"}}\n]";
        RawMembers members = RawMembers.of(body.getBytes(StandardCharsets.UTF_8));

        assertThat(members.members()).extracting(RawMembers.Member::name)
                .containsExactly("meta", "pagination", "reconciliations");
        assertThat(text(SignatureForm.RESULT_VALUES.bytes(members)))
                .isEqualTo("{\"page_number\":\"1\"}{\"settle_date\":\"20261125\"}");
    }

    @Test
    void signatureFormsAreBuiltFromTheRawMembers() {
        String body = "{\"meta\":{\"sign\":\"s\"},\"payment\":{\"id\":\"P\"}, \"links\":[{\"ref\":\"self\"}]}";
        RawMembers members = RawMembers.of(body.getBytes(StandardCharsets.UTF_8));

        assertThat(text(SignatureForm.RESULT_VALUES.bytes(members))).isEqualTo("{\"id\":\"P\"}[{\"ref\":\"self\"}]");
        assertThat(text(SignatureForm.FIRST_RESULT_VALUE.bytes(members))).isEqualTo("{\"id\":\"P\"}");
        assertThat(text(SignatureForm.BODY_WITHOUT_META.bytes(members)))
                .isEqualTo("{\"payment\":{\"id\":\"P\"},\"links\":[{\"ref\":\"self\"}]}");
        RawMembers onlyMeta = RawMembers.of("{\"meta\":{\"ret_code\":\"1\"}}".getBytes(StandardCharsets.UTF_8));
        for (SignatureForm form : SignatureForm.values()) {
            assertThat(form.bytes(onlyMeta)).as(form.name()).isNull();
            assertThat(form.description()).isNotBlank();
        }
    }

    private static List<String> values(RawMembers members) {
        return members.members().stream().map(m -> text(members.value(m))).toList();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
