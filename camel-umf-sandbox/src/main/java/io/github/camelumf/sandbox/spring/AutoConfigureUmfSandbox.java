package io.github.camelumf.sandbox.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the test's application context against a UMF sandbox started for it: the sandbox is a bean
 * ({@code @Autowired UmfSandbox sandbox}, for SMS codes, faults and notifications), and the context gets the
 * {@code camel.component.umf.*} properties that point the umf component at it (environment SANDBOX, base URL, client
 * credentials, the merchant private key and the UMF certificate, STRICT response verification), so the test needs no
 * properties of its own. {@code umf.sandbox.notify-url} is the URL of the application's own {@code umf:notification}
 * endpoint ({@code http://127.0.0.1:${local.server.port}${server.servlet.context-path}${camel.component.umf.path}}):
 * give it as notify_url and the sandbox's notifications reach the application's servlet container. The port is known
 * once the server started: read the property in the test or per request, not in a bean's constructor.
 * <pre>
 * &#64;SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
 * &#64;AutoConfigureUmfSandbox
 * class CheckoutTest { &#64;Autowired UmfSandbox sandbox; ... }
 * </pre>
 * The sandbox lives as long as the (cached) context and stops when it closes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureUmfSandbox {
}
