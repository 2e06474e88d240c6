package io.github.camelumf.model;

import java.util.Collection;

/**
 * Builds the {@code toString()} of a UMF object: {@code Name{a=1, b=***}}. Members without a value are left out;
 * sensitive members go through {@link Mask}; unknown members are listed by name only, since their values may hold
 * anything.
 */
final class SafeToString {

    private final StringBuilder text;
    private final Collection<String> unknownNames;
    private boolean first = true;

    SafeToString(Object target, Collection<String> unknownNames) {
        this.text = new StringBuilder(target.getClass().getSimpleName()).append('{');
        this.unknownNames = unknownNames;
    }

    /** A member shown as it is. */
    SafeToString add(String name, Object value) {
        if (value != null) {
            separator().append(name).append('=').append(value);
        }
        return this;
    }

    /** A member of which nothing but presence is shown. */
    SafeToString secret(String name, String value) {
        return add(name, Mask.secret(value));
    }

    /** A card number: at most its last four characters are shown. */
    SafeToString cardNumber(String name, String value) {
        return add(name, Mask.lastFour(value));
    }

    /** A phone number: its last four digits are shown. */
    SafeToString phone(String name, String value) {
        return add(name, Mask.phone(value));
    }

    /** An e-mail address: its first character and domain are shown. */
    SafeToString email(String name, String value) {
        return add(name, Mask.email(value));
    }

    private StringBuilder separator() {
        if (!first) {
            text.append(", ");
        }
        first = false;
        return text;
    }

    @Override
    public String toString() {
        if (!unknownNames.isEmpty()) {
            separator().append("unknownMembers=").append(unknownNames);
        }
        return text.append('}').toString();
    }
}
