package io.github.camelumf.springboot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelumf.model.UmfNotification;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot application with a umf producer route and the umf:notification route, as a user would write them. */
@SpringBootApplication
public class TestApplication {

    /** The notifications the application received. */
    public static final List<UmfNotification> RECEIVED = new CopyOnWriteArrayList<>();

    @Bean
    RouteBuilder umfRoutes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to("umf:payment/create");
                from("direct:verify").to("umf:payment/verify");
                from("direct:execute").to("umf:payment/execute");
                // tag::spring-boot-notification-route[]
                from("umf:notification")     // path: camel.component.umf.path, default /umf/notifications
                    .process(e -> RECEIVED.add(e.getMessage().getBody(UmfNotification.class)));
                // end::spring-boot-notification-route[]
            }
        };
    }
}
