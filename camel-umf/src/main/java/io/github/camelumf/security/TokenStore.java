package io.github.camelumf.security;

import java.util.Optional;

/**
 * Holds the current access token, possibly shared by every node of a cluster (the SPI for a JDBC, Redis or Hazelcast
 * store). The in-process implementation is {@link InMemoryTokenStore}.
 * <p>
 * The contract exists because a new UMF token disables the previous one at once: if two participants sharing the UMF
 * credentials fetched a token each, one of them would go on using a disabled token. A store therefore does not only
 * hold the token, it also decides who fetches:
 * <ul>
 * <li>{@link #current()} returns the stored token, expired or not; freshness is the caller's decision.</li>
 * <li>{@link #refreshIfCurrent(AccessToken, TokenFetcher)} is a compare-and-fetch, mutually exclusive among all
 * participants of the store: while holding the store's exclusion (a lock, a row lock, a lease with a timeout longer
 * than a fetch), it reads the stored token; if the store is empty, or the stored token equals {@code expected} (token
 * equality is by value), it calls the fetcher exactly once, stores the result and returns it; otherwise it returns the
 * stored token without fetching. If the fetcher throws, the stored token is unchanged, the exclusion is released and
 * the exception propagates unchanged.</li>
 * </ul>
 * A distributed implementation needs a lock with a lease (so that a crashed node does not block the others for
 * ever), a read of the stored value after the lock is acquired, and a write before it is released; values and
 * expiry instants must survive the round trip (epoch milliseconds are enough).
 */
public interface TokenStore {

    /** The stored token, if any, whether or not it is still valid. */
    Optional<AccessToken> current();

    /**
     * Fetches and stores a new token if, under the store's exclusion, the store is empty or holds {@code expected};
     * otherwise returns the stored token.
     *
     * @param  expected the token the caller considers stale or rejected; {@code null} when the caller saw no token
     * @param  fetcher  called at most once, only while holding the exclusion
     * @return          the token now stored
     */
    AccessToken refreshIfCurrent(AccessToken expected, TokenFetcher fetcher);
}
