package io.github.camelumf.statement;

import io.github.camelumf.error.UmfException;

/**
 * Thrown by {@link ClaimingIdempotentRepository#add(String)} when another node holds the key right now (it is
 * delivering that settle date): the statement consumer ends its poll and asks again on the next one.
 */
public class ClaimedElsewhereException extends UmfException {

    private static final long serialVersionUID = 1L;

    public ClaimedElsewhereException(String message, Throwable cause) {
        super(message, cause);
    }
}
