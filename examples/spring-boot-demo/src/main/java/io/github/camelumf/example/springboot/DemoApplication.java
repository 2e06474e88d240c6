package io.github.camelumf.example.springboot;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A web shop that takes card payments through UMF: the REST API of {@link CheckoutController}, UMF's notifications on
 * the shop's own web server ({@link NotificationRoutes}), health and metrics through Spring Boot Actuator. With the
 * {@code sandbox} profile it talks to a UMF sandbox started in the same JVM ({@link SandboxProfile}).
 */
@SpringBootApplication
public class DemoApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(DemoApplication.class).initializers(new SandboxProfile()).run(args);
    }
}
