package io.github.camelumf.security;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies the {@code meta.sign} of a UMF answer (section 1.6) over the raw bytes of its result member(s), trying
 * each {@link SignatureForm} in order. Counts which form matched and logs the first match of each form at INFO, so the
 * first contact with an environment tells which text it signs. Thread-safe.
 */
public final class MetaSignVerifier {

    /** The outcome of one check. */
    public record Outcome(VerificationResult result, SignatureForm form) {

        /** Whether a form verified. */
        public boolean isValid() {
            return result.isValid();
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(MetaSignVerifier.class);

    private final SignatureVerifier verifier;
    private final Map<SignatureForm, AtomicLong> matches = new EnumMap<>(SignatureForm.class);
    /** The form the last verified answer matched: tried first, so an environment's form costs one RSA check. */
    private volatile SignatureForm lastMatched;

    public MetaSignVerifier(SignatureVerifier verifier) {
        this.verifier = verifier;
        for (SignatureForm form : SignatureForm.values()) {
            matches.put(form, new AtomicLong());
        }
    }

    /** The {@code meta.sign} of a parsed answer, or {@code null}. */
    public static String signOf(JsonNode answer) {
        JsonNode sign = answer == null ? null : answer.path("meta").get("sign");
        return sign != null && sign.isTextual() && !sign.asText().isBlank() ? sign.asText() : null;
    }

    /**
     * Checks {@code sign} against the forms of {@code body}: first the form the previous verified answer matched, then
     * the others in their order.
     *
     * @return VALID with the form that matched; MALFORMED when the signature is not a signature under this key;
     *         INVALID when no form matched (or the body has no result member to check)
     */
    public Outcome check(RawMembers body, String sign) {
        SignatureForm first = lastMatched;
        if (first != null) {
            Outcome outcome = tryForm(first, body, sign);
            if (outcome != null) {
                return outcome;
            }
        }
        for (SignatureForm form : SignatureForm.values()) {
            if (form == first) {
                continue;
            }
            Outcome outcome = tryForm(form, body, sign);
            if (outcome != null) {
                return outcome;
            }
        }
        return new Outcome(VerificationResult.INVALID, null);
    }

    /** The outcome when {@code form} settles the check (it verified, or the signature is unusable), else null. */
    private Outcome tryForm(SignatureForm form, RawMembers body, String sign) {
        byte[] bytes = form.bytes(body);
        if (bytes == null) {
            return null;
        }
        VerificationResult result = verifier.check(bytes, sign);
        if (result.isValid()) {
            lastMatched = form;
            if (matches.get(form).getAndIncrement() == 0) {
                LOG.info("UMF answer signature (meta.sign) verified over {} ({}): first match of this form",
                        form, form.description());
            }
            return new Outcome(result, form);
        }
        if (result == VerificationResult.MALFORMED || result == VerificationResult.MISSING) {
            return new Outcome(result, null);
        }
        return null;
    }

    /** How many answers verified with {@code form}. */
    public long matches(SignatureForm form) {
        return matches.get(form).get();
    }

    /** The forms tried, in order, for messages. */
    public static String formsTried() {
        return Arrays.stream(SignatureForm.values()).map(SignatureForm::name).collect(Collectors.joining(", "));
    }

    /** The counters as {@code FORM=n, ...}, for JMX and logs. */
    public String describeMatches() {
        return matches.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().get())
                .collect(Collectors.joining(", "));
    }
}
