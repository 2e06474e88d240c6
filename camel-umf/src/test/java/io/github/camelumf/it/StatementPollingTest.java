package io.github.camelumf.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * from("umf:settlement/download?startDate=..."): each settle date delivered once, oldest first, with a fixed clock
 * for the consumer and the sandbox's own clock moved on so that the dates are ready there.
 */
class StatementPollingTest extends SandboxTestSupport {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    @TempDir
    Path state;

    private LocalDate firstDate;
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final List<Long> counts = new CopyOnWriteArrayList<>();

    @BeforeEach
    void paidYesterdayAndAWeekPassed() {
        SANDBOX.advanceClock(Duration.ofDays(3)); // the sandbox is shared: a day no earlier payment settles on
        payByCard("25.00");
        firstDate = LocalDate.now(SANDBOX.sandbox().clock()).plusDays(1);
        SANDBOX.advanceClock(Duration.ofDays(8));
    }

    @Test
    void fiveDayOutageIsCaughtUpOldestFirstOneExchangePerDate() throws Exception {
        consumeUntil(context, firstDate.plusDays(4), "delay=20");

        waitFor(() -> delivered.size() >= 5);
        assertThat(delivered).containsExactly(dates(0, 1, 2, 3, 4));
        assertThat(counts.get(0)).isEqualTo(1L);
        assertThat(counts.subList(1, 5)).containsOnly(0L);
        int downloads = downloads();
        waitFor(() -> polls() >= 3);
        assertThat(delivered).hasSize(5);
        assertThat(downloads()).as("nothing asked for again once delivered").isEqualTo(downloads);
    }

    @Test
    void aDateNotReadyHoldsTheLaterDates() throws Exception {
        SANDBOX.sandbox().statements().notReady(dates(2)[0]);
        consumeUntil(context, firstDate.plusDays(4), "delay=20");

        waitFor(() -> notReadyAnswers() >= 3);
        assertThat(delivered).containsExactly(dates(0, 1));

        SANDBOX.sandbox().statements().ready(dates(2)[0]);
        waitFor(() -> delivered.size() >= 5);
        assertThat(delivered).containsExactly(dates(0, 1, 2, 3, 4));
    }

    @Test
    void aFailedRouteOrAFileFailingItsCheckIsDeliveredAgain() throws Exception {
        AtomicBoolean failOnce = new AtomicBoolean(true);
        SANDBOX.sandbox().statements().breakTrailer(dates(1)[0]);
        List<String> attempts = new CopyOnWriteArrayList<>();
        context.getComponent("umf", UmfComponent.class).getConfiguration()
                .setClock(clockAt(firstDate.plusDays(2)));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("umf:settlement/download?delay=20&startDate=" + dates(0)[0] + "&stateDirectory=" + state)
                        .process(e -> attempts.add(e.getMessage().getHeader(UmfConstants.SETTLE_DATE, String.class)))
                        .split(body()).streaming().process(e -> { }).end()
                        .process(e -> {
                            if (failOnce.getAndSet(false)) {
                                throw new IllegalStateException("the back office is down");
                            }
                            delivered.add(e.getMessage().getHeader(UmfConstants.SETTLE_DATE, String.class));
                        });
            }
        });

        waitFor(() -> attempts.stream().filter(dates(1)[0]::equals).count() >= 3);
        assertThat(delivered).containsExactly(dates(0));
        assertThat(attempts).startsWith(dates(0, 0, 1, 1, 1)).doesNotContain(dates(2));

        SANDBOX.sandbox().statements().reset();
        waitFor(() -> delivered.size() >= 3);
        assertThat(delivered).containsExactly(dates(0, 1, 2));
    }

    @Test
    void afterARestartNothingIsDeliveredTwice() throws Exception {
        consumeUntil(context, firstDate.plusDays(2), "delay=20");
        waitFor(() -> delivered.size() >= 3);
        context.stop();

        CamelContext restarted = new DefaultCamelContext();
        UmfComponent component = new UmfComponent();
        configureFor(SANDBOX, component.getConfiguration());
        restarted.addComponent("umf", component);
        try {
            consumeUntil(restarted, firstDate.plusDays(4), "delay=20");
            restarted.start();
            // the date is recorded once its exchange completed, just after the route saw it
            waitFor(() -> delivered.size() >= 5 && recordedDates() >= 5);
        } finally {
            restarted.stop();
        }
        assertThat(delivered).containsExactly(dates(0, 1, 2, 3, 4));
        assertThat(Files.readAllLines(state.resolve("settlement-download.dates"))).hasSize(5);
    }

    private long recordedDates() {
        try {
            java.nio.file.Path file = state.resolve("settlement-download.dates");
            return Files.exists(file) ? Files.readAllLines(file).size() : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    @Test
    void quartzCronDrivesThePolls() throws Exception {
        consumeUntil(context, firstDate.plusDays(1), "scheduler=quartz&scheduler.cron=0/1+*+*+*+*+?");

        waitFor(() -> delivered.size() >= 2);
        assertThat(delivered).containsExactly(dates(0, 1));
    }

    @Test
    void scheduledRouteOfTheUserGuideConfiguresTheConsumer() throws Exception {
        CamelContext camel = new DefaultCamelContext();
        UmfComponent component = new UmfComponent();
        configureFor(SANDBOX, component.getConfiguration());
        camel.addComponent("umf", component);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:book").to("mock:book");

                // user guide: Every settle date, exactly once: the scheduled consumer
                // tag::guide-statement-consumer[]
                from("umf:settlement/download?startDate=20260101&outputType=STATEMENT"
                     + "&scheduler=quartz&scheduler.cron=0+30+10+*+*+?&stateDirectory=/var/lib/umf")
                    .log("${header.CamelUmfSettleDate}: ${header.CamelUmfStatementRecordCount} records,"
                         + " ${header.CamelUmfStatementTotal} ${header.CamelUmfStatementCurrency}")
                    .to("direct:book");
                // end::guide-statement-consumer[]
            }
        });
        // not started: the cron fires at 10:30 only; the endpoint is resolved as the route would resolve it
        String uri = ((org.apache.camel.model.ModelCamelContext) camel).getRouteDefinitions().get(1).getInput()
                .getEndpointUri();
        io.github.camelumf.UmfEndpoint endpoint = camel.getEndpoint(uri, io.github.camelumf.UmfEndpoint.class);
        assertThat(endpoint.getConfiguration().getStartDate()).isEqualTo("20260101");
        assertThat(endpoint.getConfiguration().getOutputType())
                .isEqualTo(io.github.camelumf.statement.StatementOutput.STATEMENT);
        assertThat(endpoint.getConfiguration().getStateDirectory()).isEqualTo("/var/lib/umf");
    }

    private void consumeUntil(CamelContext camel, LocalDate today, String scheduling) throws Exception {
        camel.getComponent("umf", UmfComponent.class).getConfiguration().setClock(clockAt(today));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("umf:settlement/download?outputType=STATEMENT&startDate=" + dates(0)[0] + "&stateDirectory="
                     + state + "&" + scheduling)
                        .process(e -> {
                            counts.add(e.getMessage().getHeader(UmfConstants.STATEMENT_RECORD_COUNT, Long.class));
                            delivered.add(e.getMessage().getHeader(UmfConstants.SETTLE_DATE, String.class));
                        });
            }
        });
    }

    /** 13:00 China time on {@code date}: after the default cut-off hour (12), so {@code date} is fetched. */
    private static Clock clockAt(LocalDate date) {
        return Clock.fixed(date.atTime(13, 0).toInstant(CHINA), CHINA);
    }

    private String[] dates(int... offsets) {
        String[] dates = new String[offsets.length];
        for (int i = 0; i < offsets.length; i++) {
            dates[i] = firstDate.plusDays(offsets[i]).format(YYYYMMDD);
        }
        return dates;
    }

    private static int downloads() {
        return (int) SANDBOX.sandbox().requests().stream()
                .filter(r -> r.apiPath().equals("/payments/statement_download")).count();
    }

    private int polls() {
        return (int) SANDBOX.sandbox().requests().stream().filter(r -> r.isTokenCall()).count() + downloads();
    }

    private static int notReadyAnswers() {
        return (int) SANDBOX.sandbox().requests().stream()
                .filter(r -> r.apiPath().equals("/payments/statement_download") && "00280059".equals(r.retCode()))
                .count();
    }

    /** Waits (bounded, generous: the machine is shared) until the condition holds. */
    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(20);
        }
    }
}
