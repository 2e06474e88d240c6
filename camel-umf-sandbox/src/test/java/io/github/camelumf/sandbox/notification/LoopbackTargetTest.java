package io.github.camelumf.sandbox.notification;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LoopbackTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/notify", "http://localhost/n", "https://LOCALHOST:8443/n",
        "http://127.1.2.3/n", "http://[::1]:9000/n", "http://[0:0:0:0:0:0:0:1]/n"})
    void loopbackUrlsAreCalled(String url) {
        assertThat(LoopbackTarget.refusal(url)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/n", "http://128.0.0.1/n",
        "https://example.com/notify", "http://localhost.example.com/n", "http://127.0.0.1.nip.io/n",
        "http://[::2]/n", "http://0.0.0.0/n"})
    void otherHostsAreNotCalled(String url) {
        assertThat(LoopbackTarget.refusal(url)).isEqualTo(LoopbackTarget.NOT_LOOPBACK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"baidu", "ftp://127.0.0.1/n", "file:///etc/passwd", "http://", "http://127.0.0.1 /n",
        "http://127.0.0.256/n"})
    void nonHttpUrlsAreNotCalled(String url) {
        assertThat(LoopbackTarget.refusal(url)).isEqualTo(LoopbackTarget.NOT_HTTP);
    }
}
