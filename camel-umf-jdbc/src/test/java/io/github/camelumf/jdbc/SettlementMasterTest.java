package io.github.camelumf.jdbc;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.github.camelumf.ResponseVerification;
import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.UmfEnvironment;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The single active settlement consumer of docs/operations.md: two nodes (two CamelContexts) run
 * {@code master:umf-settlement:umf:settlement/download?...} with Camel's {@link FileLockClusterService} on a shared
 * directory, where the delivered dates are kept too ({@code stateDirectory}). Only the leader polls; when it stops,
 * the other node takes over and goes on from the first date not delivered.
 */
@Timeout(300)
class SettlementMasterTest {

    @RegisterExtension
    static final UmfSandboxExtension SANDBOX = UmfSandboxExtension.create();

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    @TempDir
    Path shared;

    /** node:date of every completed route. */
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private MovableClock clock;

    @Test
    void onlyTheLeaderPollsAndTheOtherNodeTakesOverWhenItStops() throws Exception {
        LocalDate first = LocalDate.now(SANDBOX.sandbox().clock()).minusDays(8); // past on the sandbox clock: ready
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            dates.add(first.plusDays(i).format(YYYYMMDD));
        }
        clock = new MovableClock(first.plusDays(2).atTime(13, 0).toInstant(CHINA));
        CamelContext a = node("a", first.format(YYYYMMDD));
        CamelContext b = node("b", first.format(YYYYMMDD));
        try {
            a.start();
            b.start();
            waitFor(() -> delivered.size() >= 3 && (isLeader(a) || isLeader(b)));
            CamelContext leader = isLeader(a) ? a : b;
            CamelContext other = leader == a ? b : a;
            String leaderName = leader == a ? "a" : "b";
            String otherName = leader == a ? "b" : "a";
            assertThat(isLeader(other)).as("one active consumer").isFalse();
            assertThat(delivered).containsExactly(leaderName + ":" + dates.get(0), leaderName + ":" + dates.get(1),
                    leaderName + ":" + dates.get(2));

            leader.stop();
            clock.set(first.plusDays(4).atTime(13, 0).toInstant(CHINA)); // two more settle dates are due
            waitFor(() -> delivered.size() >= 5);

            assertThat(isLeader(other)).isTrue();
            assertThat(delivered.subList(3, delivered.size())).as("the other node goes on where the leader stopped")
                    .containsExactly(otherName + ":" + dates.get(3), otherName + ":" + dates.get(4));
        } finally {
            a.stop();
            b.stop();
        }
    }

    private CamelContext node(String name, String startDate) throws Exception {
        CamelContext context = new DefaultCamelContext();
        UmfComponent component = new UmfComponent();
        configureForSandbox(component.getConfiguration());
        component.getConfiguration().setClock(clock);
        context.addComponent("umf", component);
        String sharedDirectory = shared.toString();

        // tag::settle-master[]
        // every node: one cluster service (here a file lock on a directory all nodes mount; or camel-kubernetes'
        // KubernetesClusterService, camel-zookeeper's ZooKeeperClusterService); only the leader runs the consumer
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setRoot(sharedDirectory + "/cluster");
        context.addService(cluster);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // the dates delivered must be seen by the next leader: a shared stateDirectory (or a JDBC repository)
                from("master:umf-settlement:umf:settlement/download?startDate=" + startDate
                     + "&delay=1000&stateDirectory=" + sharedDirectory + "/state")
                    .to("direct:book");
            }
        });
        // end::settle-master[]

        cluster.setAcquireLockDelay(100);
        cluster.setAcquireLockDelayUnit(TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(500);
        cluster.setAcquireLockIntervalUnit(TimeUnit.MILLISECONDS);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:book")
                        .process(e -> delivered.add(name + ":" + e.getMessage().getHeader(UmfConstants.SETTLE_DATE)));
            }
        });
        return context;
    }

    private static boolean isLeader(CamelContext context) {
        if (!context.getStatus().isStarted()) {
            return false;
        }
        try {
            return context.hasService(CamelClusterService.class).getView("umf-settlement").getLocalMember().isLeader();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void configureForSandbox(UmfConfiguration configuration) {
        configuration.setEnvironment(UmfEnvironment.SANDBOX);
        configuration.setBaseUrl(SANDBOX.baseUrl());
        configuration.setClientId(SANDBOX.clientId());
        configuration.setClientSecret(SANDBOX.clientSecret());
        configuration.setPrivateKey(SANDBOX.keys().merchantPrivateKeyPkcs1Pem());
        configuration.setUmfPublicKey(SANDBOX.keys().umfCertificatePem());
        configuration.setResponseVerification(ResponseVerification.STRICT);
    }

    /** Waits (bounded, generous: the machine is shared) until the condition holds. */
    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 120 s");
            }
            Thread.sleep(20);
        }
    }

    /** The consumers' clock, moved on by the test to make more settle dates due. */
    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return CHINA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone); // the consumer asks for its zone on each poll: the time of that poll
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
