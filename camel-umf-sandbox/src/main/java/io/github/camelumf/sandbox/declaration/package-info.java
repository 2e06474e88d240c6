/**
 * Customs and CIQ declarations (reference 3.16-3.19, 3.32, 3.50-3.54) of paid payments, with their state machine,
 * rendered in the reference's JSON shapes.
 * <p>Internal to the sandbox: use {@link io.github.camelumf.sandbox.UmfSandbox}.
 */
package io.github.camelumf.sandbox.declaration;
