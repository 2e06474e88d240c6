package io.github.camelumf.security;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The texts a {@code meta.sign} of a UMF answer may have been computed over. Section 1.6 says only that the
 * signature is "signed based on" the result object(s); it does not say byte for byte which text. The forms are tried
 * in this order and the first that verifies is recorded, so the first contact with UMF tells which one UMF uses.
 * Every form is taken from the bytes as received, never re-serialised.
 */
public enum SignatureForm {

    /**
     * The raw bytes of the value of every member other than {@code meta}, in body order, concatenated. What the
     * sandbox signs, and tried first. For {@code {"meta":{..},"payment":{..}}} that is the bytes of {@code {..}}
     * after {@code "payment":}.
     */
    RESULT_VALUES("the values of the members other than meta, concatenated in body order"),
    /** The raw bytes of the value of the first member other than {@code meta} only (the result object). */
    FIRST_RESULT_VALUE("the value of the first member other than meta"),
    /**
     * The body without its {@code meta} member: {@code {} followed by the raw members other than meta
     * ({@code "name":value}) joined by commas, then {@code }}.
     */
    BODY_WITHOUT_META("the body without its meta member");

    private final String description;

    SignatureForm(String description) {
        this.description = description;
    }

    /** What the form covers, for messages. */
    public String description() {
        return description;
    }

    /**
     * The bytes of this form for a body's members, or {@code null} when the body has no member other than meta.
     */
    public byte[] bytes(RawMembers body) {
        List<RawMembers.Member> results = body.members().stream().filter(m -> !"meta".equals(m.name())).toList();
        if (results.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (this) {
            case RESULT_VALUES -> results.forEach(m -> out.writeBytes(body.value(m)));
            case FIRST_RESULT_VALUE -> out.writeBytes(body.value(results.get(0)));
            case BODY_WITHOUT_META -> {
                out.write('{');
                for (int i = 0; i < results.size(); i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.writeBytes(body.member(results.get(i)));
                }
                out.write('}');
            }
            default -> throw new IllegalStateException(name());
        }
        return out.toByteArray();
    }
}
