/**
 * Tokens, request signature checks, *enc* field decryption (JDK provider, one Signature/Cipher per thread).
 * <p>Internal to the sandbox: use {@link io.github.camelumf.sandbox.UmfSandbox}.
 */
package io.github.camelumf.sandbox.security;
