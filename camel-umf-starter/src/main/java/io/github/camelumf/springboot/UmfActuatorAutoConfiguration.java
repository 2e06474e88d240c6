package io.github.camelumf.springboot;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * With Spring Boot Actuator: the secret {@code camel.component.umf.*} values are masked in {@code /actuator/env} and
 * {@code /actuator/configprops}.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
public class UmfActuatorAutoConfiguration {

    @Bean
    public UmfSecretsSanitizingFunction umfSecretsSanitizingFunction() {
        return new UmfSecretsSanitizingFunction();
    }
}
