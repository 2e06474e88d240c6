package io.github.camelumf.model;

/**
 * Masks sensitive values for logs, exception messages and {@code toString()}: card numbers keep at most their last
 * four characters, phone numbers their last four digits, e-mail addresses their first character and domain;
 * everything else (CVV, validity dates, names, ID numbers, verification codes) is replaced entirely.
 * {@code null} stays {@code null} and an empty string stays empty, so that "absent" and "blank" remain visible.
 */
public final class Mask {

    static final String HIDDEN = "***";

    private Mask() {
    }

    /** Hides the value entirely. */
    public static String secret(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return HIDDEN;
    }

    /**
     * Shows the last four digits of a card number; values of eight characters or fewer, and values that are not
     * digits (ciphertext, for one, whose tail says nothing about the card), are hidden entirely.
     */
    public static String lastFour(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (value.length() <= 8 || !value.chars().allMatch(Character::isDigit)) {
            return HIDDEN;
        }
        return HIDDEN + value.substring(value.length() - 4);
    }

    /** Shows the last four characters of a phone number; short values are hidden entirely. */
    public static String phone(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (value.length() <= 6) {
            return HIDDEN;
        }
        return HIDDEN + value.substring(value.length() - 4);
    }

    /** Shows the first character and the domain of an e-mail address; anything else is hidden entirely. */
    public static String email(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int at = value.indexOf('@');
        if (at < 1) {
            return HIDDEN;
        }
        return value.charAt(0) + HIDDEN + value.substring(at);
    }
}
