package io.github.camelumf.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An OAuth access token from {@code POST /oauth/authorize} (section 1.5 of the UMF reference) and the instant it
 * expires. Two tokens are equal when their values are equal: the value identifies the grant. {@link #toString()}
 * shows only the first four characters of the value.
 */
public final class AccessToken {

    private final String value;
    private final Instant expiresAt;

    /**
     * @param value     the token as sent in {@code Authorization: Bearer <value>}
     * @param expiresAt when UMF stops accepting it
     */
    public AccessToken(String value, Instant expiresAt) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("access token value is blank");
        }
        this.value = value;
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * A token from an authorize response: {@code expires_in} is the remaining lifetime in seconds at {@code now}.
     */
    public static AccessToken expiringIn(String value, long expiresInSeconds, Instant now) {
        if (expiresInSeconds < 0) {
            throw new IllegalArgumentException("expires_in is negative: " + expiresInSeconds);
        }
        return new AccessToken(value, now.plusSeconds(expiresInSeconds));
    }

    /** The token value. A secret: do not log it. */
    public String value() {
        return value;
    }

    /** When UMF stops accepting the token. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** The {@code Authorization} header value, {@code Bearer <value>}. */
    public String authorizationHeader() {
        return "Bearer " + value;
    }

    /** Whether the token is still good for at least {@code margin} after {@code now}. */
    public boolean isUsable(Instant now, Duration margin) {
        return now.plus(margin).isBefore(expiresAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessToken && ((AccessToken) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        String shown = value.length() >= 16 ? value.substring(0, 4) + "****" : "****";
        return "AccessToken[" + shown + ", expiresAt=" + expiresAt + "]";
    }
}
