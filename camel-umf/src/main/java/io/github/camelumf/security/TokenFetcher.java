package io.github.camelumf.security;

/**
 * Obtains a new access token from UMF ({@code POST /oauth/authorize} with the client credentials). Every call is a
 * new grant, and a new grant disables the previous token at once, so callers go through {@link TokenManager}, which
 * makes sure that only one fetch runs at a time.
 */
@FunctionalInterface
public interface TokenFetcher {

    /**
     * @return                                 a new token
     * @throws io.github.camelumf.error.UmfException if UMF refuses the credentials or cannot be reached
     */
    AccessToken fetch();
}
