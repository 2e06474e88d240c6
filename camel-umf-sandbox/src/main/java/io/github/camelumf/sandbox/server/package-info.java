/**
 * HTTP plumbing of the sandbox: routing, the API pipeline, the control API, signed responses.
 * <p>Internal to the sandbox: use {@link io.github.camelumf.sandbox.UmfSandbox}.
 */
package io.github.camelumf.sandbox.server;
