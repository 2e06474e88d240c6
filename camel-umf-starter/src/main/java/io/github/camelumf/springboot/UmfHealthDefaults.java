package io.github.camelumf.springboot;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns Camel's producer health checks on by default ({@code camel.health.producers-enabled=true}, with the lowest
 * precedence, so any setting of the application wins): the umf producers' readiness check (UMF reachable, client
 * credentials accepted) is then part of {@code /actuator/health}. Camel leaves producer checks off unless asked.
 */
public class UmfHealthDefaults implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE = "camel-umf-starter-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(PROPERTY_SOURCE)) {
            environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE,
                    Map.of("camel.health.producers-enabled", "true")));
        }
    }
}
