package io.github.camelumf.example.main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.sandbox.UmfSandbox;
import io.github.camelumf.sandbox.UmfSandboxMain;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standalone sandbox's {@code client.properties} is the component's configuration in Camel's property names:
 * Camel Main loads it as it is, the umf component reaches the sandbox with it, and Camel's start-up summary masks the
 * client secret instead of printing it.
 */
class SandboxClientPropertiesTest {

    private static final Path LOG = Path.of("target", "camel-main-demo-test.log");

    @TempDir
    Path dir;

    @Test
    void camelMainLoadsClientPropertiesCallsTheSandboxAndMasksTheSecret() throws Exception {
        Path keys = dir.resolve("umf-keys");
        long logBefore = Files.exists(LOG) ? Files.size(LOG) : 0;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        UmfSandbox sandbox = UmfSandboxMain.run(new String[] {"--port", "0", "--keys-dir", keys.toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        AtomicReference<Object> retCode = new AtomicReference<>();
        try {
            Main main = new Main();
            main.setPropertyPlaceholderLocations("file:" + keys.resolve("client.properties"));
            main.configure().setDurationMaxSeconds(60);
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("timer:once?repeatCount=1")
                        .to("umf:payment/get?paymentId=PAY_UNKNOWN&throwExceptionOnFailure=false")
                        .process(e -> {
                            retCode.set(e.getMessage().getHeader(UmfConstants.RET_CODE));
                            main.completed();
                        });
                }
            });
            main.run();
        } finally {
            sandbox.stop();
        }

        assertThat(retCode.get()).as("UMF's answer: the token call worked and the answer verified").isNotNull()
                .isNotEqualTo("0000");
        byte[] all = Files.readAllBytes(LOG);
        List<String> log = new String(all, (int) logBefore, all.length - (int) logBefore, StandardCharsets.UTF_8)
                .lines().toList();
        assertThat(log).as("what this test logged").isNotEmpty();
        assertThat(log).as("the secret in the log").noneSatisfy(line -> assertThat(line)
                .contains(sandbox.clientSecret()));
        assertThat(log).as("Camel's summary names the secret option, masked").anySatisfy(line -> assertThat(line)
                .contains("[client.properties]").contains("camel.component.umf.clientSecret = xxxxxx"));
    }
}
