package io.github.camelumf.springboot;

import io.github.camelumf.metrics.MicrometerUmfMetrics;
import io.github.camelumf.metrics.UmfMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The component's meters ({@code umf.client.requests}, {@code umf.client.tokens}, {@code umf.notifications}, ...) on
 * the application's {@link MeterRegistry} (the primary one when there are several), so they appear in
 * {@code /actuator/metrics} and, with micrometer-registry-prometheus, in {@code /actuator/prometheus}. The component
 * finds the {@link UmfMetrics} bean in the registry Camel shares with Spring.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.prometheus.PrometheusMetricsExportAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class UmfMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(UmfMetrics.class)
    public UmfMetrics umfMetrics(MeterRegistry registry) {
        return new MicrometerUmfMetrics(registry);
    }
}
