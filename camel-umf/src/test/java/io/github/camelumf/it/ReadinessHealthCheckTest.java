package io.github.camelumf.it;

import java.util.Collection;
import java.util.List;

import io.github.camelumf.UmfComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessHealthCheckTest extends SandboxTestSupport {

    @Test
    void producerIsReadyWhenUmfAcceptsTheCredentialsAndNotReadyWhenItRefusesThem() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            HealthCheckRegistry registry = new DefaultHealthCheckRegistry();
            registry.setCamelContext(camel);
            registry.setExposureLevel("full");
            camel.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
            UmfComponent component = new UmfComponent();
            configure(component.getConfiguration());
            camel.addComponent("umf", component);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:good").to("umf:payment/get?paymentId=PAY_1").id("good");
                    from("direct:bad").to("umf:payment/get?paymentId=PAY_1&clientSecret=RAW(wrong-secret-1)").id("bad");
                }
            });
            camel.start();
            registry.getRepository("producers").ifPresent(r -> r.setEnabled(true));

            Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(camel);

            List<HealthCheck.Result> umf = results.stream()
                    .filter(r -> r.getCheck().getId().startsWith("producer:umf-")).toList();
            assertThat(umf).hasSize(2);
            assertThat(umf).filteredOn(r -> r.getState() == HealthCheck.State.UP).hasSize(1);
            HealthCheck.Result down = umf.stream().filter(r -> r.getState() == HealthCheck.State.DOWN).findFirst()
                    .orElseThrow();
            assertThat(down.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("UMF is not ready")
                    .doesNotContain("wrong-secret-1"));
        }
    }
}
