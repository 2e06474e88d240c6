/**
 * Spring support for the sandbox: {@link io.github.camelumf.sandbox.spring.AutoConfigureUmfSandbox} for Spring (Boot)
 * tests and {@link io.github.camelumf.sandbox.spring.UmfSandboxSpring} to run an application against a sandbox. The
 * Spring dependencies of camel-umf-sandbox are optional: applications without Spring do not get them.
 */
package io.github.camelumf.sandbox.spring;
