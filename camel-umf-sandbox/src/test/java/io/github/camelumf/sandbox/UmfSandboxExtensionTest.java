package io.github.camelumf.sandbox;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UmfSandboxExtensionTest {

    @RegisterExtension
    UmfSandboxExtension perTest = UmfSandboxExtension.create(b -> b.clientId("per-test"));

    private static int firstPort;
    private static UmfSandbox firstSandbox;

    @Test
    @Order(1)
    void instanceFieldExtensionStartsTheSandboxForTheTest(UmfSandbox sandbox) {
        assertThat(sandbox).isSameAs(perTest.sandbox());
        assertThat(sandbox.isRunning()).isTrue();
        assertThat(perTest.clientId()).isEqualTo("per-test");
        assertThat(perTest.baseUrl()).isEqualTo("http://127.0.0.1:" + perTest.port() + "/cberest/v1");
        new UmfTestClient(sandbox).authenticate();
        assertThat(perTest.requests()).hasSize(1);
        firstPort = perTest.port();
        firstSandbox = sandbox;
    }

    @Test
    @Order(2)
    void eachTestGetsAFreshSandboxAndThePreviousOneIsStopped() {
        assertThat(firstSandbox.isRunning()).isFalse();
        assertThat(perTest.sandbox()).isNotSameAs(firstSandbox);
        assertThat(perTest.requests()).isEmpty();
        assertThat(perTest.tokensIssued()).isZero();
        assertThat(firstPort).isPositive();
    }
}
