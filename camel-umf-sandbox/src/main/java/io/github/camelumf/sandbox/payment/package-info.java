/**
 * Payments, refunds and their state machines, stored in memory, rendered in the reference's JSON shapes.
 * <p>Internal to the sandbox: use {@link io.github.camelumf.sandbox.UmfSandbox}.
 */
package io.github.camelumf.sandbox.payment;
