package io.github.camelumf.b2b;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelumf.validation.PaymentReferenceRules;

/**
 * The names of one payment's document ZIPs (section 4.4): {@code <mer_reference_id><mer_date><seq>.zip} with a
 * 4-digit sequence from 0001, and the temporary names an upload in progress uses,
 * {@code <mer_reference_id><mer_date><seq>.zip.<16 hex>.part} (never taken for a final name). A sequence is taken
 * when a final or temporary name of this payment with that sequence is in the remote directory, in any case; the next
 * one is one more than the highest taken, so a name left by a broken upload is never reused.
 */
public final class DocumentZipName {

    /** The largest sequence a 4-digit name can carry. */
    public static final int MAX_SEQUENCE = 9999;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String prefix;
    private final Pattern taken;

    private DocumentZipName(String prefix) {
        this.prefix = prefix;
        this.taken = Pattern.compile(Pattern.quote(prefix) + "(\\d{4})\\.zip(\\.[0-9a-f]+\\.part)?",
                Pattern.CASE_INSENSITIVE);
    }

    /** The names of the payment {@code merReferenceId}, {@code merDate}; both checked (field and rule named). */
    public static DocumentZipName of(String merReferenceId, String merDate) {
        PaymentReferenceRules.merReferenceId("merReferenceId", merReferenceId);
        PaymentReferenceRules.merDate("merDate", merDate);
        return new DocumentZipName(merReferenceId + merDate);
    }

    /** {@code <mer_reference_id><mer_date>}: what every name of this payment starts with. */
    public String prefix() {
        return prefix;
    }

    /** The final name of sequence {@code sequence}. */
    public String finalName(int sequence) {
        return prefix + String.format(Locale.ROOT, "%04d", sequence) + ".zip";
    }

    /** A new temporary name for an upload meant to become sequence {@code sequence}. */
    public String temporaryName(int sequence) {
        byte[] token = new byte[8];
        RANDOM.nextBytes(token);
        return finalName(sequence) + "." + HexFormat.of().formatHex(token) + ".part";
    }

    /** The sequence a name of this payment carries (final or temporary), or 0 for any other name. */
    public int sequenceOf(String name) {
        Matcher m = taken.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * The next free sequence given the names in the remote directory: one more than the highest taken, 1 when none.
     *
     * @throws IllegalStateException when 9999 is taken
     */
    public int nextSequence(Collection<String> remoteNames) {
        int highest = 0;
        for (String name : remoteNames) {
            highest = Math.max(highest, sequenceOf(name));
        }
        if (highest >= MAX_SEQUENCE) {
            throw new IllegalStateException("every sequence of " + prefix + " up to " + MAX_SEQUENCE + " is taken");
        }
        return highest + 1;
    }
}
