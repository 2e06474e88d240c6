package io.github.camelumf.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfEnvironment;
import io.github.camelumf.error.UmfConfigurationException;
import io.github.camelumf.error.UmfValidationException;
import org.junit.jupiter.api.Test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Section 1.2: HTTPS, except for the sandbox, loopback addresses, or an explicit allowInsecureHttp. */
class InsecureHttpPolicyTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void liveEnvironmentAcceptsHttpsAndLoopbackOnly() {
        InsecureHttpPolicy policy = policy(UmfEnvironment.LIVE_CHINA, false);

        assertThatCode(() -> policy.checkBaseUrl("https://fx.soopay.net/cberest/v1")).doesNotThrowAnyException();
        assertThatCode(() -> policy.checkBaseUrl("HTTPS://fx.soopay.net/cberest/v1")).doesNotThrowAnyException();
        for (String loopback : new String[] { "http://127.0.0.1:8089/x", "http://127.1.2.3/x", "http://localhost:1/x",
                                             "http://[::1]:8089/x", "http://LOCALHOST/x" }) {
            assertThatCode(() -> policy.checkBaseUrl(loopback)).as(loopback).doesNotThrowAnyException();
        }
        for (String refused : new String[] { "http://fx.soopay.net/cberest/v1", "http://128.0.0.1/x",
                                            "http://127.0.0.1.evil.example/x", "ftp://127.0.0.1/x", "not a uri",
                                            "http://10.0.0.1/x" }) {
            assertThatThrownBy(() -> policy.checkBaseUrl(refused)).as(refused)
                    .isInstanceOf(UmfConfigurationException.class).hasMessageContaining("https://");
        }
        assertThatCode(() -> policy.checkBaseUrl(null)).doesNotThrowAnyException();
    }

    @Test
    void sandboxOrAllowInsecureHttpAcceptPlainHttp() {
        assertThatCode(() -> policy(UmfEnvironment.SANDBOX, false).checkBaseUrl("http://sandbox.internal/x"))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy(UmfEnvironment.UAT_CHINA, true).checkBaseUrl("http://double.internal/x"))
                .doesNotThrowAnyException();
    }

    @Test
    void httpNotifyUrlAnywhereInTheBodyIsRefused() {
        InsecureHttpPolicy policy = policy(UmfEnvironment.UAT_CHINA, false);

        assertThatThrownBy(() -> policy.checkNotifyUrls(
                "{\"order\":{\"x\":1},\"notify_url\":\"http://shop.example/n\"}".getBytes(UTF_8), mapper))
                .isInstanceOf(UmfValidationException.class).hasMessageContaining("notify_url");
        assertThatThrownBy(() -> policy.checkNotifyUrls(
                "{\"refund\":{\"notify_url\":\"http://shop.example/n\"}}".getBytes(UTF_8), mapper))
                .isInstanceOf(UmfValidationException.class);
        for (String accepted : new String[] { "{\"notify_url\":\"https://shop.example/n\"}",
                                             "{\"notify_url\":\"http://127.0.0.1:9/n\"}", "{\"notify_url\":\"\"}",
                                             "{\"notify_url\":null}", "{\"other\":\"http://shop.example\"}", "not json",
                                             "{\"notify_url\":" }) {
            assertThatCode(() -> policy.checkNotifyUrls(accepted.getBytes(UTF_8), mapper)).as(accepted)
                    .doesNotThrowAnyException();
        }
        assertThatCode(() -> policy.checkNotifyUrls(null, mapper)).doesNotThrowAnyException();
        assertThatCode(() -> policy(UmfEnvironment.SANDBOX, false).checkNotifyUrls(
                "{\"notify_url\":\"http://shop.example/n\"}".getBytes(UTF_8), mapper)).doesNotThrowAnyException();
    }

    @Test
    void loopbackIsRecognisedWithoutAskingDns() {
        assertThat(InsecureHttpPolicy.isLoopback("127.0.0.1")).isTrue();
        assertThat(InsecureHttpPolicy.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(InsecureHttpPolicy.isLoopback("[::1]")).isTrue();
        assertThat(InsecureHttpPolicy.isLoopback(null)).isFalse();
        assertThat(InsecureHttpPolicy.isLoopback("localhost.evil.example")).isFalse();
        assertThat(InsecureHttpPolicy.isLoopback("127.0.0")).isFalse();
    }

    private static InsecureHttpPolicy policy(UmfEnvironment environment, boolean allow) {
        UmfConfiguration configuration = new UmfConfiguration();
        configuration.setEnvironment(environment);
        configuration.setAllowInsecureHttp(allow);
        return InsecureHttpPolicy.of(configuration);
    }
}
