/**
 * Security core of the UMF component: loading the merchant's and UMF's RSA keys ({@link
 * io.github.camelumf.security.PemKeys}), signing request bodies ({@link io.github.camelumf.security.Signer}),
 * verifying UMF's signatures ({@link io.github.camelumf.security.SignatureVerifier}), encrypting sensitive fields
 * ({@link io.github.camelumf.security.FieldEncryptor}, {@link io.github.camelumf.security.SensitiveFieldEncryption})
 * and keeping the OAuth access token ({@link io.github.camelumf.security.TokenManager},
 * {@link io.github.camelumf.security.TokenStore}).
 * <p>
 * Bouncy Castle is used only to parse PEM; signing, verification and encryption run on the JDK provider, with one
 * {@code Signature}/{@code Cipher} per thread. Nothing in this package puts key material, passwords, tokens or field
 * values into exception messages, logs or {@code toString()}.
 */
package io.github.camelumf.security;
