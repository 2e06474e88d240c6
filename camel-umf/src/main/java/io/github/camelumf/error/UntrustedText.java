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

    /** Longest return code kept. UMF's are eight digits. */
    static final int MAX_CODE_LENGTH = 32;

    /**
     * A return code fit for messages, headers and logs: letters and digits are kept, every other character becomes
     * {@code ?}, and the length is capped, so {@code "9999\r\n2026-01-01 INFO FAKE"} cannot forge a log line.
     * {@code null} stays {@code null}.
     */
    static String code(String retCode) {
        if (retCode == null) {
            return null;
        }
        retCode = retCode.strip();
        StringBuilder safe = new StringBuilder(Math.min(retCode.length(), MAX_CODE_LENGTH + 3));
        for (int i = 0; i < retCode.length() && safe.length() < MAX_CODE_LENGTH; i++) {
            char c = retCode.charAt(i);
            safe.append(c < 128 && Character.isLetterOrDigit(c) ? c : '?');
        }
        if (retCode.length() > MAX_CODE_LENGTH) {
            safe.append("...");
        }
        return safe.toString();
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
