package io.github.camelumf.security;

/**
 * What the HTTP layer needs from token management: a token for the next call, and a replacement when UMF rejected
 * one as expired ({@code 00280703}).
 */
public interface TokenProvider {

    /** A token that is good for at least the refresh margin; fetched when there is none. */
    AccessToken token();

    /**
     * A replacement for a token UMF rejected. A new token is fetched only if {@code rejected} still is the current one;
     * otherwise the current token (obtained meanwhile by another caller) is returned, so that many calls failing with
     * the same token cause one fetch.
     */
    AccessToken refreshAfterRejection(AccessToken rejected);
}
