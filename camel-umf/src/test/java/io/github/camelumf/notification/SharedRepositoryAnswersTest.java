package io.github.camelumf.notification;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfEndpoint;
import io.github.camelumf.error.UmfException;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How umf:notification answers when a shared repository (the cluster's database) cannot say "new" or "done": in
 * flight on another node is 409, unreachable is 503, neither is an acknowledgement nor routed; a routed notification
 * that cannot be recorded is still acknowledged. The repository here is the user's SPI, scripted to fail; camel-umf-jdbc
 * tests the real one on PostgreSQL.
 */
class SharedRepositoryAnswersTest {

    @RegisterExtension
    static final UmfSandboxExtension SANDBOX = UmfSandboxExtension.create();

    private final AtomicReference<RuntimeException> addFailure = new AtomicReference<>();
    private final AtomicReference<RuntimeException> confirmFailure = new AtomicReference<>();
    private final AtomicInteger routed = new AtomicInteger();
    private CamelContext context;
    private UmfEndpoint endpoint;
    private NotificationSender umf;

    @BeforeEach
    void start() throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        UmfComponent component = new UmfComponent();
        component.getConfiguration().setUmfPublicKey(SANDBOX.keys().umfCertificatePem());
        component.getConfiguration().setIdempotentRepository(new ScriptedRepository());
        context = new DefaultCamelContext();
        context.addComponent("umf", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // the notifications of this test are made up (no such payment at UMF): not confirmed with UMF
                from("umf:notification?bindHost=127.0.0.1&port=" + port + "&path=/umf/notify&confirmNotifications=false")
                        .process(exchange -> routed.incrementAndGet());
            }
        });
        context.start();
        endpoint = context.getEndpoints().stream().filter(UmfEndpoint.class::isInstance).map(UmfEndpoint.class::cast)
                .findFirst().orElseThrow();
        umf = new NotificationSender("http://127.0.0.1:" + port + "/umf/notify", SANDBOX.keys().umfPrivateKey());
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void notificationInFlightOnAnotherNodeIsAnswered409NotAcknowledgedNotRouted() throws Exception {
        addFailure.set(new NotificationInFlightException("routed by node 2"));

        HttpResponse<String> answer = umf.postSigned(NotificationSender.paymentNotification("PAY_S1", "S1", "TRADE_SUCCESS", true));

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).doesNotContain("\"0000\"");
        assertThat(routed).hasValue(0);
        assertThat(endpoint.getNotificationStatistics().getBusy()).isEqualTo(1);
    }

    @Test
    void unreachableRepositoryIsAnswered503SoThatUmfDeliversAgainAndTheRedeliveryIsRouted() throws Exception {
        addFailure.set(new UmfException("Cannot connect to the notification database"));
        String body = NotificationSender.paymentNotification("PAY_S2", "S2", "TRADE_SUCCESS", true);

        HttpResponse<String> first = umf.postSigned(body);
        addFailure.set(null);
        HttpResponse<String> again = umf.postSigned(body);

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(first.body()).doesNotContain("\"0000\"");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(routed).hasValue(1);
        assertThat(endpoint.getNotificationStatistics().getFailed()).isEqualTo(1);
    }

    @Test
    void routedNotificationThatCannotBeRecordedIsStillAcknowledged() throws Exception {
        confirmFailure.set(new UmfException("commit failed: the database went away"));

        HttpResponse<String> answer = umf.postSigned(NotificationSender.paymentNotification("PAY_S3", "S3", "TRADE_SUCCESS", true));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"ret_code\":\"0000\"");
        assertThat(routed).hasValue(1);
    }

    /** An in-memory repository whose add and confirm fail as the test says. */
    private final class ScriptedRepository implements IdempotentRepository {
        private final IdempotentRepository memory = MemoryIdempotentRepository.memoryIdempotentRepository(100);

        @Override
        public boolean add(String key) {
            RuntimeException failure = addFailure.get();
            if (failure != null) {
                throw failure;
            }
            return memory.add(key);
        }

        @Override
        public boolean confirm(String key) {
            RuntimeException failure = confirmFailure.get();
            if (failure != null) {
                throw failure;
            }
            return memory.confirm(key);
        }

        @Override
        public boolean contains(String key) {
            return memory.contains(key);
        }

        @Override
        public boolean remove(String key) {
            return memory.remove(key);
        }

        @Override
        public void clear() {
            memory.clear();
        }

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }
    }
}
