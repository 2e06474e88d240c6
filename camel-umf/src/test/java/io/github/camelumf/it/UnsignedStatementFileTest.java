package io.github.camelumf.it;

import java.io.IOException;
import java.util.Map;

import io.github.camelumf.ResponseVerification;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.UmfEnvironment;
import io.github.camelumf.error.UmfStatementIntegrityException;
import io.github.camelumf.security.InMemoryTokenStore;
import io.github.camelumf.statement.Statement;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UMF reference defines no signature on files (3.21, 3.23, 3.25) and the sandbox, faithful, sends none: STRICT
 * (the default of the live environments) accepts an unsigned file, which is still checked by its header, trailer,
 * record count and totals.
 */
class UnsignedStatementFileTest extends SandboxTestSupport {

    private static TamperingProxy proxy;

    private Map<String, Object> yesterday;

    @BeforeAll
    static void startProxy() throws IOException {
        proxy = TamperingProxy.start(SANDBOX.baseUrl());
    }

    @AfterAll
    static void stopProxy() {
        proxy.close();
    }

    @BeforeEach
    void syntheticFileOfYesterday() {
        proxy.reset();
        yesterday = Map.of(UmfConstants.SETTLE_DATE, SyntheticStatements.ofYesterday(SANDBOX.sandbox(), 3));
    }

    @Override
    protected void configure(UmfConfiguration configuration) {
        super.configure(configuration);
        configuration.setBaseUrl(proxy.baseUrl());
        configuration.setTokenStore(new InMemoryTokenStore());
    }

    @Test
    void theSandboxSendsFilesUnsignedAndStrictAcceptsThem() {
        Exchange settlement = call("umf:settlement/download?outputType=STATEMENT", null, yesterday);
        Exchange transactions = call("umf:transactions/download?outputType=STATEMENT", null, yesterday);

        assertThat(settlement.getMessage().getBody(Statement.class).records()).hasSize(3);
        assertThat(transactions.getMessage().getBody(Statement.class).records()).hasSize(3);
        assertThat(settlement.getMessage().getHeader(UmfConstants.STATEMENT_RECORD_COUNT)).isEqualTo(3L);
        assertThat(proxy.forwarded()).contains("GET /cberest/v1/payments/statement_download",
                "GET /cberest/v1/payments/transactions_download");
        assertThat(proxy.signatureHeadersFromTarget()).as("no Signature header on any answer").isZero();
    }

    @Test
    void theLiveDefaultAcceptsAnUnsignedFile() throws Exception {
        CamelContext live = contextWithRoute(SANDBOX, c -> {
            c.setEnvironment(UmfEnvironment.LIVE_CHINA);
            c.setResponseVerification(null);
        }, "umf:settlement/download?outputType=STATEMENT");
        try {
            live.start();
            UmfConfiguration configuration = live.getComponent("umf", io.github.camelumf.UmfComponent.class)
                    .getConfiguration();
            assertThat(configuration.resolveResponseVerification()).isEqualTo(ResponseVerification.STRICT);

            Exchange exchange = live.createProducerTemplate().send("direct:pay",
                    e -> e.getMessage().setHeaders(new java.util.HashMap<>(yesterday)));

            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getBody(Statement.class).records()).hasSize(3);
        } finally {
            live.stop();
        }
    }

    @Test
    void anUnsignedFileIsStillCheckedByItsTrailer() {
        SANDBOX.sandbox().statements().breakTrailer((String) yesterday.get(UmfConstants.SETTLE_DATE));

        Exchange exchange = send("umf:settlement/download?outputType=STATEMENT", null, yesterday);

        assertThat(proxy.signatureHeadersFromTarget()).isZero();
        assertThat(exchange.getException()).isInstanceOf(UmfStatementIntegrityException.class);
    }
}
