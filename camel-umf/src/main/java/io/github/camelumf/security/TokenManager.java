package io.github.camelumf.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelumf.error.UmfException;
import io.github.camelumf.error.UmfTokenStoreException;

/**
 * Keeps one UMF access token for all calls and replaces it without a thundering herd.
 * <ul>
 * <li>{@link #token()} returns the token this manager holds, without asking the store, until {@code refreshMargin}
 * before it expires; then it reads the store (another node may have replaced it) and fetches a new one only if the
 * store still holds a stale one. With a database store, a business call costs no query in the steady state.</li>
 * <li>{@link #refreshAfterRejection(AccessToken)} fetches only if the rejected token still is the stored one (the rule
 * of camel-salesforce's {@code SalesforceSession}): a new UMF token disables the previous one, so a storm of refreshes
 * would itself make calls fail.</li>
 * <li>Within this process, concurrent callers that need a new token join one in-flight refresh and all receive its
 * result, or its exception; the next call after a failure tries again. Across processes, the {@link TokenStore}
 * decides who fetches.</li>
 * </ul>
 * A token whose whole lifetime is shorter than the margin is used until it actually expires (with a warning), instead
 * of being refetched on every call. When the store fails ({@link UmfTokenStoreException}, e.g. its database is down)
 * while the held token is within the margin but not yet expired, the held token is used until it expires; the manager
 * never fetches without the store, as uncoordinated fetches would disable each other's tokens.
 */
public final class TokenManager implements TokenProvider {

    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);

    private final TokenFetcher fetcher;
    private final TokenStore store;
    private final Duration refreshMargin;
    private final Clock clock;

    private final AtomicLong fetches = new AtomicLong();
    private final AtomicLong fetchFailures = new AtomicLong();

    private final Object monitor = new Object();
    private CompletableFuture<AccessToken> inFlight; // guarded by monitor

    private final AtomicReference<AccessToken> held = new AtomicReference<>();
    private volatile boolean storeFailing;

    private volatile AccessToken lastFetched;
    private volatile AccessToken shortLived;

    /**
     * @param fetcher       obtains a new token from UMF
     * @param store         holds the current token (shared by a cluster, or {@link InMemoryTokenStore})
     * @param refreshMargin how long before expiry a token is replaced; zero or positive
     * @param clock         the time source for expiry decisions
     */
    public TokenManager(TokenFetcher fetcher, TokenStore store, Duration refreshMargin, Clock clock) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.store = Objects.requireNonNull(store, "store");
        this.refreshMargin = Objects.requireNonNull(refreshMargin, "refreshMargin");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (refreshMargin.isNegative()) {
            throw new IllegalArgumentException("refreshMargin is negative: " + refreshMargin);
        }
    }

    @Override
    public AccessToken token() {
        AccessToken local = held.get();
        if (local != null && isFresh(local)) {
            return local;
        }
        AccessToken token;
        try {
            token = tokenFromStore();
        } catch (UmfTokenStoreException e) {
            if (local != null && local.isUsable(clock.instant(), Duration.ZERO)) {
                if (!storeFailing) {
                    storeFailing = true;
                    LOG.warn("The token store failed ({}); using the held UMF access token until it expires at {}",
                            e.getMessage(), local.expiresAt());
                }
                return local;
            }
            throw e;
        }
        storeFailing = false;
        held.compareAndSet(local, token);
        return token;
    }

    private AccessToken tokenFromStore() {
        Optional<AccessToken> current = store.current();
        if (current.isPresent() && isFresh(current.get())) {
            return current.get();
        }
        AccessToken token = refresh(current.orElse(null));
        if (!isFresh(token) && !token.equals(lastFetched)) {
            // a stale token stored by someone else (or returned by a refresh this caller joined late): one more round
            token = refresh(token);
        }
        return token;
    }

    @Override
    public AccessToken refreshAfterRejection(AccessToken rejected) {
        Objects.requireNonNull(rejected, "rejected");
        AccessToken local = held.get();
        Optional<AccessToken> current = store.current();
        if (current.isPresent() && !current.get().equals(rejected)) {
            return replaceHeld(local, rejected, current.get()); // someone already replaced it
        }
        AccessToken token = refresh(rejected);
        if (token.equals(rejected) && !token.equals(lastFetched)) {
            // joined a refresh that started from an older token and ended at the rejected one: replace it too
            token = refresh(rejected);
        }
        return replaceHeld(local, rejected, token);
    }

    /** Holds {@code next} instead of the rejected token, unless another caller already holds a different one. */
    private AccessToken replaceHeld(AccessToken local, AccessToken rejected, AccessToken next) {
        if (local == null || local.equals(rejected)) {
            held.compareAndSet(local, next);
        }
        return next;
    }

    /** How many times the fetcher was called (successful or not). */
    public long fetchCount() {
        return fetches.get();
    }

    /** How many fetches failed. */
    public long fetchFailureCount() {
        return fetchFailures.get();
    }

    /** How long before expiry a token is replaced. */
    public Duration refreshMargin() {
        return refreshMargin;
    }

    private boolean isFresh(AccessToken token) {
        Duration margin = token.equals(shortLived) ? Duration.ZERO : refreshMargin;
        return token.isUsable(clock.instant(), margin);
    }

    /** Runs one refresh for all concurrent callers: the first becomes the leader, the others wait for its outcome. */
    private AccessToken refresh(AccessToken expected) {
        CompletableFuture<AccessToken> flight;
        boolean leader = false;
        synchronized (monitor) {
            if (inFlight == null) {
                inFlight = new CompletableFuture<>();
                leader = true;
            }
            flight = inFlight;
        }
        if (leader) {
            AccessToken result = null;
            Throwable failure = null;
            try {
                result = Objects.requireNonNull(store.refreshIfCurrent(expected, this::fetch),
                        "the token store returned null");
            } catch (Throwable t) {
                failure = t;
            }
            synchronized (monitor) {
                inFlight = null; // the next caller starts a new refresh, also after a failure
            }
            if (failure == null) {
                flight.complete(result);
            } else {
                flight.completeExceptionally(failure);
            }
        }
        return await(flight);
    }

    private AccessToken fetch() {
        fetches.incrementAndGet();
        AccessToken token;
        try {
            token = fetcher.fetch();
        } catch (RuntimeException | Error e) {
            fetchFailures.incrementAndGet();
            throw e;
        }
        if (token == null) {
            fetchFailures.incrementAndGet();
            throw new UmfException("The access token fetcher returned no token");
        }
        Instant now = clock.instant();
        if (!token.isUsable(now, refreshMargin)) {
            shortLived = token;
            LOG.warn("The new UMF access token expires at {}, within the refresh margin {} of now; it is used until"
                     + " it expires. Lower the refresh margin.",
                    token.expiresAt(), refreshMargin);
        }
        lastFetched = token;
        LOG.debug("Obtained a new UMF access token expiring at {}", token.expiresAt());
        return token;
    }

    private static AccessToken await(CompletableFuture<AccessToken> flight) {
        try {
            return flight.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new UmfException("Cannot obtain a UMF access token", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UmfException("Interrupted while waiting for a UMF access token", e);
        }
    }

    @Override
    public String toString() {
        return "TokenManager[store=" + store.getClass().getSimpleName() + ", refreshMargin=" + refreshMargin
               + ", fetches=" + fetches.get() + "]";
    }
}
