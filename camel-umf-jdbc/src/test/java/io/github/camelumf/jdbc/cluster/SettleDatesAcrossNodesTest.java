package io.github.camelumf.jdbc.cluster;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.github.camelumf.ResponseVerification;
import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.UmfEnvironment;
import io.github.camelumf.jdbc.JdbcSettleDateRepository;
import io.github.camelumf.jdbc.JdbcTokenStore;
import io.github.camelumf.jdbc.PostgresExtension;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes (two CamelContexts, each with its own umf component and its own JdbcSettleDateRepository on one
 * PostgreSQL) poll the same sandbox every 10 ms over a 12-day catch-up, so that they keep asking for the same date at
 * the same moment: each date is delivered once overall, in order on each node and across the nodes; the route that
 * fails the first attempt at a date releases it, and that date is delivered later (by either node); a date that is not
 * ready yet holds the later dates on both nodes.
 */
@Timeout(300)
class SettleDatesAcrossNodesTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = PostgresExtension.create();
    @RegisterExtension
    static final UmfSandboxExtension SANDBOX = UmfSandboxExtension.create();

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final int DAYS = 12;
    private static final int FAILING = 5;

    /** node:date of every completed route, in completion order. */
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    /** node:date of every route that failed. */
    private final List<String> failed = new CopyOnWriteArrayList<>();
    private final AtomicBoolean failNext = new AtomicBoolean(true);

    @Test
    void twoNodesCatchingUpTheSameDatesDeliverEachDateOnceInOrderAndRedeliverAFailedOne() throws Exception {
        LocalDate last = LocalDate.now(SANDBOX.sandbox().clock()).minusDays(2); // past on the sandbox clock: ready
        List<String> dates = dates(last, DAYS);
        String failingDate = dates.get(FAILING);
        CamelContext nodeA = node("a", dates.get(0), last, failingDate);
        CamelContext nodeB = node("b", dates.get(0), last, failingDate);
        long claimedElsewhere;
        long deliveredElsewhere;
        try {
            nodeA.start();
            nodeB.start();
            waitFor(() -> delivered.size() >= DAYS && rows(dates) >= DAYS); // the last date committed too
            claimedElsewhere = repository(nodeA).getClaimedElsewhereCount()
                               + repository(nodeB).getClaimedElsewhereCount();
            deliveredElsewhere = repository(nodeA).getDeliveredElsewhereCount()
                                 + repository(nodeB).getDeliveredElsewhereCount();
        } finally {
            nodeA.stop();
            nodeB.stop();
        }

        List<String> datesInOrder = delivered.stream().map(SettleDatesAcrossNodesTest::date).toList();
        Map<String, List<String>> byNode = delivered.stream().collect(Collectors.groupingBy(
                SettleDatesAcrossNodesTest::node, Collectors.mapping(SettleDatesAcrossNodesTest::date,
                        Collectors.toList())));
        Figures.record("settle dates on two nodes", DAYS + " dates, " + delivered.size() + " deliveries (a "
                                                    + byNode.getOrDefault("a", List.of()).size() + ", b "
                                                    + byNode.getOrDefault("b", List.of()).size() + "), duplicates "
                                                    + (delivered.size() - datesInOrder.stream().distinct().count())
                                                    + ", failed routes " + failed + "; claims that waited for the"
                                                    + " other node and found the date delivered " + deliveredElsewhere
                                                    + ", polls ended because the other node was still routing the"
                                                    + " date " + claimedElsewhere);
        assertThat(datesInOrder).as("each date once, in order across the nodes").containsExactlyElementsOf(dates);
        byNode.values().forEach(perNode -> assertThat(perNode).isSorted());
        assertThat(failed).hasSize(1).allSatisfy(attempt -> assertThat(date(attempt)).isEqualTo(failingDate));
        assertThat(rows(dates)).isEqualTo(DAYS);
    }

    @Test
    void aDateNotReadyHoldsTheLaterDatesOnEveryNode() throws Exception {
        // other dates than the first test's: the table keeps the dates done
        List<String> dates = dates(LocalDate.now(SANDBOX.sandbox().clock()).minusDays(30), 5);
        String notReady = dates.get(2);
        SANDBOX.sandbox().statements().notReady(notReady);
        CamelContext nodeA = node("a", dates.get(0), LocalDate.parse(dates.get(4), YYYYMMDD), null);
        CamelContext nodeB = node("b", dates.get(0), LocalDate.parse(dates.get(4), YYYYMMDD), null);
        try {
            nodeA.start();
            nodeB.start();
            waitFor(() -> notReadyAnswers(notReady) >= 6);
            assertThat(delivered.stream().map(SettleDatesAcrossNodesTest::date))
                    .as("nothing after the date that is not ready").containsExactly(dates.get(0), dates.get(1));

            SANDBOX.sandbox().statements().ready(notReady);
            waitFor(() -> delivered.size() >= 5 && rows(dates) >= 5);
        } finally {
            nodeA.stop();
            nodeB.stop();
        }
        assertThat(delivered.stream().map(SettleDatesAcrossNodesTest::date)).containsExactlyElementsOf(dates);
        assertThat(rows(dates)).isEqualTo(5);
    }

    private CamelContext node(String name, String startDate, LocalDate today, String failingDate) throws Exception {
        DataSource dataSource = POSTGRES.dataSource();
        CamelContext context = new DefaultCamelContext();
        UmfComponent component = new UmfComponent();
        configureForSandbox(component.getConfiguration());
        component.getConfiguration().setClock(Clock.fixed(today.atTime(13, 0).toInstant(CHINA), CHINA));
        // the nodes share one UMF token (a new token disables the previous one)
        component.getConfiguration().setTokenStore(new JdbcTokenStore(dataSource, SANDBOX.clientId()));
        context.addComponent("umf", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:book").process(exchange -> {
                    String date = exchange.getMessage().getHeader(UmfConstants.SETTLE_DATE, String.class);
                    Thread.sleep(30); // the back office takes its time: the other node polls meanwhile
                    if (date.equals(failingDate) && failNext.getAndSet(false)) {
                        failed.add(name + ":" + date);
                        throw new IllegalStateException("the back office is down");
                    }
                    delivered.add(name + ":" + date);
                });
            }
        });
        String pollDelay = "10";

        // tag::settle-dates-nodes[]
        // on every node: the same table and processor name, so that each settle date is delivered by one node
        context.getRegistry().bind("settleDates", new JdbcSettleDateRepository(dataSource, "umf-settlement"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("umf:settlement/download?startDate=" + startDate + "&delay=" + pollDelay
                     + "&idempotentRepository=#settleDates")
                    .to("direct:book"); // fails: the date is released and asked for again, by any node
            }
        });
        // end::settle-dates-nodes[]
        return context;
    }

    private static JdbcSettleDateRepository repository(CamelContext context) {
        return context.getRegistry().lookupByNameAndType("settleDates", JdbcSettleDateRepository.class);
    }

    private static String node(String delivery) {
        return delivery.substring(0, delivery.indexOf(':'));
    }

    private static String date(String delivery) {
        return delivery.substring(delivery.indexOf(':') + 1);
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

    /** How many of {@code dates} are done in the database. */
    private static long rows(List<String> dates) {
        String keys = dates.stream().map(d -> "'settlement/download:" + d + "'").collect(Collectors.joining(","));
        try (Connection c = POSTGRES.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED WHERE processorName ="
                                             + " 'umf-settlement' AND messageId IN (" + keys + ")")) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sandbox's "file not ready" answers for {@code date}. */
    private static long notReadyAnswers(String date) {
        return SANDBOX.sandbox().requests().stream()
                .filter(r -> r.apiPath().equals("/payments/statement_download") && "00280059".equals(r.retCode())
                             && r.query().contains(date))
                .count();
    }

    private static List<String> dates(LocalDate last, int days) {
        List<String> dates = new ArrayList<>();
        for (int i = days - 1; i >= 0; i--) {
            dates.add(last.minusDays(i).format(YYYYMMDD));
        }
        return dates;
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
}
