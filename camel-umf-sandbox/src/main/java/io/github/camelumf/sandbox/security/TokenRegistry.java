package io.github.camelumf.sandbox.security;

import io.github.camelumf.sandbox.SandboxClock;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.RetCode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * OAuth client-credentials tokens (1.2, 1.5): one merchant, one valid token at a time. Issuing a token disables the
 * previous one immediately; a token also stops working when it expires or when the test disables it.
 */
public final class TokenRegistry {

    /** An issued token and its lifetime in seconds. */
    public record IssuedToken(String accessToken, long expiresIn) {
        @Override
        public String toString() {
            return "IssuedToken[expiresIn=" + expiresIn + "]";
        }
    }

    private record Current(String token, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final String clientId;
    private final byte[] clientSecret;
    private final Duration lifetime;
    private final SandboxClock clock;
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile Current current;

    public TokenRegistry(String clientId, String clientSecret, Duration lifetime, SandboxClock clock) {
        this.clientId = clientId;
        this.clientSecret = clientSecret.getBytes(StandardCharsets.UTF_8);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** Issues a new token for matching credentials (HTTP 401 otherwise); the previous token stops working. */
    public IssuedToken issue(String id, String secret) {
        boolean idOk = clientId.equals(id);
        boolean secretOk = secret != null
                && MessageDigest.isEqual(clientSecret, secret.getBytes(StandardCharsets.UTF_8));
        if (!idOk || !secretOk) {
            throw new ApiError(RetCode.AUTHENTICATION_FAILED, "client_id or client_secret is wrong").withStatus(401);
        }
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        synchronized (this) {
            current = new Current(token, clock.instant().plus(lifetime));
            issued.incrementAndGet();
        }
        return new IssuedToken(token, lifetime.toSeconds());
    }

    /** Refuses with {@code 00280703} (HTTP 200) unless the Authorization header carries the current token. */
    public void check(String authorization) {
        try {
            checkToken(authorization);
        } catch (ApiError e) {
            refused.incrementAndGet();
            throw e;
        }
    }

    private void checkToken(String authorization) {
        Current now = current;
        String token = bearer(authorization);
        if (token == null) {
            throw new ApiError(RetCode.TOKEN_INVALID, "Authorization: Bearer <access_token> is required");
        }
        if (now == null || !MessageDigest.isEqual(now.token.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(RetCode.TOKEN_INVALID, "the access token is unknown or was replaced");
        }
        if (!clock.instant().isBefore(now.expiresAt)) {
            throw new ApiError(RetCode.TOKEN_INVALID, "the access token has expired");
        }
    }

    /** The current token stops working, as if a new one had been issued elsewhere. */
    public synchronized void disableCurrent() {
        current = null;
    }

    /** How many calls were refused for their token (missing, replaced, unknown or expired). */
    public int refusedCount() {
        return refused.get();
    }

    /** How many tokens were issued. */
    public int issuedCount() {
        return issued.get();
    }

    private static String bearer(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.trim();
        if (value.length() < 7 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = value.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
