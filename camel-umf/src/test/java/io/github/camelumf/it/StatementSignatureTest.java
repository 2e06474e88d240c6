package io.github.camelumf.it;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.UmfSignatureException;
import io.github.camelumf.security.InMemoryTokenStore;
import io.github.camelumf.statement.Statement;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A downloaded statement file is checked against UMF's Signature header over its exact bytes, as they stream: a file
 * altered in transit fails at the end of the stream even when its own totals still add up.
 */
class StatementSignatureTest extends SandboxTestSupport {

    private static TamperingProxy proxy;

    /** The sandbox is shared with other test classes: start each test on a day no earlier payment settles on. */
    @org.junit.jupiter.api.BeforeEach
    void freshDay() {
        SANDBOX.advanceClock(java.time.Duration.ofDays(3));
    }

    @BeforeAll
    static void startProxy() throws IOException {
        proxy = TamperingProxy.start(SANDBOX.baseUrl());
    }

    @AfterAll
    static void stopProxy() {
        proxy.close();
    }

    @BeforeEach
    void untouched() {
        proxy.reset();
    }

    @Override
    protected void configure(UmfConfiguration configuration) {
        super.configure(configuration);
        configuration.setBaseUrl(proxy.baseUrl());
        configuration.setTokenStore(new InMemoryTokenStore());
    }

    @Test
    void untouchedFileVerifiesAndAlteredFileFailsAtTheEndOfTheStream() {
        payByCard("10.00");
        String settleDate = LocalDate.now(SANDBOX.sandbox().clock()).plusDays(1)
                .format(DateTimeFormatter.ofPattern("yyyyMMdd"));
        SANDBOX.advanceClock(Duration.ofDays(2));
        Map<String, Object> headers = Map.of(UmfConstants.SETTLE_DATE, settleDate);

        Exchange untouched = call("umf:settlement/download?outputType=STATEMENT", null, headers);
        assertThat(untouched.getMessage().getBody(Statement.class).records()).hasSize(1);

        proxy.tamper(TamperingProxy.Tamper.replaceInBody(",PaymentGateway", ",PaymentGatewaX"));
        Exchange altered = send("umf:settlement/download?outputType=STATEMENT", null, headers);
        assertThat(altered.getException()).isInstanceOf(UmfSignatureException.class)
                .hasMessageContaining("does not verify");

        proxy.tamper(TamperingProxy.Tamper.dropSignature());
        Exchange unsigned = send("umf:settlement/download?outputType=STATEMENT", null, headers);
        assertThat(unsigned.getException()).isInstanceOf(UmfSignatureException.class)
                .hasMessageContaining("STRICT");
    }
}
