package io.github.camelumf.example.springboot;

import java.time.Duration;

import io.github.camelumf.sandbox.UmfSandbox;
import io.github.camelumf.sandbox.spring.UmfSandboxSpring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Profiles;

/**
 * With the {@code sandbox} profile, starts a UMF sandbox in the JVM and points the umf component at it
 * ({@code camel.component.umf.*}: SANDBOX environment, its URL, credentials and keys). Asynchronous refunds complete
 * by themselves after two seconds, and the sandbox notifies the shop like UMF would.
 */
public class SandboxProfile implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxProfile.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context.getEnvironment().acceptsProfiles(Profiles.of("sandbox"))) {
            UmfSandbox sandbox = UmfSandboxSpring.install(context,
                    builder -> builder.asyncRefundAutoComplete(Duration.ofSeconds(2)));
            LOG.info("UMF sandbox at {}; the SMS code of a payment: GET {}/payments/<payment id>/sms-code",
                    sandbox.baseUrl(), sandbox.controlUrl());
        }
    }
}
