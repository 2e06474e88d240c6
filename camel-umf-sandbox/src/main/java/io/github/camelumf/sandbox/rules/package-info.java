/**
 * UMF's request rules and return codes: formats, enumerations of appendix 8, the payer table of section 5.
 * <p>Internal to the sandbox: use {@link io.github.camelumf.sandbox.UmfSandbox}.
 */
package io.github.camelumf.sandbox.rules;
