package io.github.camelumf.http;

import java.util.function.Consumer;

import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.error.UmfConfigurationException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Timeouts are never infinite: zero or negative ones are refused naming the option; a proxy needs its port. */
class UmfHttpClientFactoryTest {

    private final DefaultCamelContext camelContext = new DefaultCamelContext();

    @Test
    void zeroOrNegativeTimeoutsAreRefusedNamingTheOption() {
        assertRefused(c -> c.setConnectTimeout(0), "connectTimeout");
        assertRefused(c -> c.setConnectTimeout(-1), "connectTimeout");
        assertRefused(c -> c.setResponseTimeout(0), "responseTimeout");
        assertRefused(c -> c.setResponseTimeout(-5), "responseTimeout");
    }

    @Test
    void oneMillisecondIsAValidTimeout() throws Exception {
        UmfConfiguration configuration = new UmfConfiguration();
        configuration.setConnectTimeout(1);
        configuration.setResponseTimeout(1);
        try (CloseableHttpClient client = UmfHttpClientFactory.create(camelContext, configuration)) {
            assertThat(client).isNotNull();
        }
    }

    @Test
    void aProxyHostNeedsItsPort() {
        assertRefused(c -> c.setProxyHost("proxy.internal"), "proxyPort");
    }

    private void assertRefused(Consumer<UmfConfiguration> change, String option) {
        UmfConfiguration configuration = new UmfConfiguration();
        change.accept(configuration);
        assertThatThrownBy(() -> UmfHttpClientFactory.create(camelContext, configuration))
                .isInstanceOfSatisfying(UmfConfigurationException.class, e -> assertThat(e.getOption()).isEqualTo(option));
    }
}
