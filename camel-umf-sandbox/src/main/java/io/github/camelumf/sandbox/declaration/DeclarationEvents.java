package io.github.camelumf.sandbox.declaration;

/**
 * What happened to declarations that UMF tells the merchant about asynchronously (a customs result to the
 * declaration's notify_url). Called after the change, on the thread that caused it; must not block.
 */
public interface DeclarationEvents {

    /** Does nothing. */
    DeclarationEvents NONE = declaration -> {
    };

    /** A declaration got its result: SUCCESS or FAIL. */
    void declarationFinished(Declaration declaration);
}
