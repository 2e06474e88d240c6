/**
 * A strict UMF REST API simulator: {@link io.github.camelumf.sandbox.UmfSandbox}, the JUnit 5 extension
 * {@link io.github.camelumf.sandbox.UmfSandboxExtension} and the standalone {@link io.github.camelumf.sandbox.UmfSandboxMain}.
 */
package io.github.camelumf.sandbox;
