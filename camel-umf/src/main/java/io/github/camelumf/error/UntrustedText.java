package io.github.camelumf.error;

import java.util.regex.Pattern;

/**
 * Makes text that came from the network (a UMF {@code ret_msg}, an HTTP error body) fit for an exception message:
 * control and formatting characters become spaces, long digit runs that could be a card, phone or ID number are
 * masked, and the length is capped.
 */
final class UntrustedText {

    /** Longest untrusted text kept in a message. */
    static final int MAX_LENGTH = 160;

    private static final Pattern LONG_NUMBER = Pattern.compile("\\d(?:[ -]?\\d){8,}[Xx]?");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern TRAILING_DIGITS = Pattern.compile("[\\d -]+$");
    private static final int MAX_INPUT = MAX_LENGTH * 4;

    private UntrustedText() {
    }

    /** The cleaned text, empty for null or blank input. */
    static String clean(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder printable = new StringBuilder(Math.min(text.length(), MAX_INPUT));
        text.codePoints().limit(MAX_INPUT).forEach(cp -> {
            int type = Character.getType(cp);
            boolean invisible = type == Character.CONTROL || type == Character.FORMAT
                                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            printable.appendCodePoint(invisible ? ' ' : cp);
        });
        CharSequence head = printable;
        if (text.codePointCount(0, text.length()) > MAX_INPUT) {
            // the cut may split a long number: drop the digits at the cut rather than leave a part of it unmasked
            head = TRAILING_DIGITS.matcher(printable).replaceAll("");
        }
        String masked = LONG_NUMBER.matcher(head).replaceAll("[number removed]");
        String collapsed = BLANKS.matcher(masked).replaceAll(" ").strip();
        if (collapsed.codePointCount(0, collapsed.length()) <= MAX_LENGTH) {
            return collapsed;
        }
        return collapsed.substring(0, collapsed.offsetByCodePoints(0, MAX_LENGTH)) + "...";
    }
}
