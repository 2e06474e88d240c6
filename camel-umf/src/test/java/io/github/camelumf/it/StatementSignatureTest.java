package io.github.camelumf.it;

import java.io.IOException;
import java.util.Map;

import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.UmfSignatureException;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import io.github.camelumf.security.InMemoryTokenStore;
import io.github.camelumf.statement.Statement;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against a sandbox built with {@code signFiles(true)} (an environment that signs its files; the UMF reference shows
 * no signature on files): a downloaded statement's Signature header, when present, is checked over the file's exact
 * bytes as they stream, under STRICT and IF_PRESENT alike, so that a file altered in transit fails at the end of the
 * stream even when its own totals still add up. A file whose signature was removed is accepted like any unsigned file.
 */
class StatementSignatureTest extends SandboxTestSupport {

    /** In a synthetic settlement file, part of a record that no count or total covers. */
    private static final String ORDER = "ORDER1,";

    @RegisterExtension
    static final UmfSandboxExtension SIGNING = UmfSandboxExtension.create(b -> b.signFiles(true));

    private static TamperingProxy proxy;

    private Map<String, Object> yesterday;

    @BeforeAll
    static void startProxy() throws IOException {
        proxy = TamperingProxy.start(SIGNING.baseUrl());
    }

    @AfterAll
    static void stopProxy() {
        proxy.close();
    }

    @BeforeEach
    void syntheticFileOfYesterday() {
        proxy.reset();
        yesterday = Map.of(UmfConstants.SETTLE_DATE, SyntheticStatements.ofYesterday(SIGNING.sandbox(), 3));
    }

    @Override
    protected void configure(UmfConfiguration configuration) {
        configureFor(SIGNING, configuration);
        configuration.setBaseUrl(proxy.baseUrl());
        configuration.setTokenStore(new InMemoryTokenStore());
    }

    @Test
    void signedFileVerifiesAsItStreamsUnderStrict() {
        Exchange exchange = call("umf:settlement/download?outputType=STATEMENT", null, yesterday);

        assertThat(exchange.getMessage().getBody(Statement.class).records()).hasSize(3);
        assertThat(proxy.signatureHeadersFromTarget()).as("the file only: the token answer carries none").isEqualTo(1);
    }

    @Test
    void fileAlteredInTransitIsRefusedUnderStrictAndIfPresentThoughItsTotalsStillAddUp() {
        proxy.tamper(TamperingProxy.Tamper.replaceInBody(ORDER, "ORDER7,"));

        Exchange strict = send("umf:settlement/download?outputType=STATEMENT", null, yesterday);
        Exchange ifPresent = send("umf:settlement/download?outputType=STATEMENT&responseVerification=IF_PRESENT",
                null, yesterday);
        Exchange off = send("umf:settlement/download?outputType=STATEMENT&responseVerification=OFF", null, yesterday);

        assertThat(proxy.tampered()).isEqualTo(3);
        for (Exchange refused : new Exchange[] { strict, ifPresent }) {
            assertThat(refused.getException()).isInstanceOf(UmfSignatureException.class)
                    .hasMessageContaining("settlement/download").hasMessageContaining("does not verify");
            assertThat(refused.getMessage().getBody()).as("nothing of the altered file is delivered").isNull();
        }
        assertThat(off.getException()).as("only the signature tells: counts and totals still add up").isNull();
        assertThat(off.getMessage().getBody(Statement.class).records()).hasSize(3);
    }

    @Test
    void signatureHeaderThatIsNotBase64FailsTheDownloadUnderIfPresentToo() {
        proxy.tamper(TamperingProxy.Tamper.signature("this is *not* base64!"));

        Exchange exchange = send("umf:settlement/download?outputType=STATEMENT&responseVerification=IF_PRESENT", null,
                yesterday);

        assertThat(exchange.getException()).isInstanceOf(UmfSignatureException.class)
                .hasMessageContaining("does not verify");
    }

    @Test
    void fileWhoseSignatureWasRemovedIsAcceptedUnderStrictLikeAnyUnsignedFile() {
        proxy.tamper(TamperingProxy.Tamper.dropSignature());

        Exchange exchange = call("umf:settlement/download?outputType=STATEMENT", null, yesterday);

        assertThat(proxy.tampered()).isEqualTo(1);
        assertThat(exchange.getMessage().getBody(Statement.class).records()).hasSize(3);
    }
}
