package io.github.camelumf.security;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link TokenStore} for one JVM: a volatile reference, and a lock held while fetching. Right whenever only one
 * process uses the merchant's UMF credentials.
 */
public final class InMemoryTokenStore implements TokenStore {

    private final ReentrantLock lock = new ReentrantLock();
    private volatile AccessToken token;

    @Override
    public Optional<AccessToken> current() {
        return Optional.ofNullable(token);
    }

    @Override
    public AccessToken refreshIfCurrent(AccessToken expected, TokenFetcher fetcher) {
        Objects.requireNonNull(fetcher, "fetcher");
        lock.lock();
        try {
            AccessToken stored = token;
            if (stored != null && !stored.equals(expected)) {
                return stored;
            }
            AccessToken fetched = Objects.requireNonNull(fetcher.fetch(), "the token fetcher returned null");
            token = fetched;
            return fetched;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "InMemoryTokenStore[" + token + "]";
    }
}
