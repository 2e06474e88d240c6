package io.github.camelumf.it;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.metrics.UmfMeters;
import io.github.camelumf.statement.SettlementRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code umf.statement.records} (tag operation only) counts the records of each statement download once it was read to
 * its end and passed the check: producer with records, statement and stream output, and the scheduled consumer.
 */
class StatementMetricsTest extends SandboxTestSupport {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private String settleDate;

    @TempDir
    Path state;

    @Override
    protected void configure(UmfConfiguration configuration) {
        super.configure(configuration);
        context.getRegistry().bind("meters", meters);
    }

    /** Three payments settle on one date of a fresh day (the sandbox is shared with other test classes). */
    @BeforeEach
    void threePaymentsSettleOnOneDate() {
        SANDBOX.advanceClock(Duration.ofDays(3));
        payByCard("10.00");
        payByCard("20.00");
        payByCard("30.00");
        settleDate = LocalDate.now(SANDBOX.sandbox().clock()).plusDays(1).format(YYYYMMDD);
        SANDBOX.advanceClock(Duration.ofDays(2));
    }

    @Test
    void recordsSplitByARouteAreCountedOnceTheFileEnded() throws Exception {
        List<SettlementRecord> seen = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:reconcile").to("umf:settlement/download")
                        .split(body()).streaming().process(e -> seen.add(e.getMessage().getBody(SettlementRecord.class)));
            }
        });

        Exchange exchange = template.send("direct:reconcile",
                e -> e.getMessage().setHeader(UmfConstants.SETTLE_DATE, settleDate));

        assertThat(exchange.getException()).isNull();
        assertThat(seen).hasSize(3);
        assertThat(exchange.getMessage().getHeader(UmfConstants.STATEMENT_RECORD_COUNT)).isEqualTo(3L);
        assertThat(recordsCounted()).isEqualTo(3.0);
    }

    @Test
    void wholeStatementAndCheckedStreamCountTheirRecordsToo() throws Exception {
        call("umf:settlement/download?outputType=STATEMENT", null, Map.of(UmfConstants.SETTLE_DATE, settleDate));
        assertThat(recordsCounted()).isEqualTo(3.0);

        Exchange streamed = call("umf:settlement/download?outputType=STREAM", null,
                Map.of(UmfConstants.SETTLE_DATE, settleDate));
        assertThat(recordsCounted()).as("not before the stream was read").isEqualTo(3.0);
        try (InputStream in = streamed.getMessage().getBody(InputStream.class)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        assertThat(recordsCounted()).isEqualTo(6.0);
    }

    @Test
    void scheduledConsumerCountsTheRecordsOfEachDate() throws Exception {
        LocalDate date = LocalDate.parse(settleDate, YYYYMMDD);
        context.getComponent("umf", UmfComponent.class).getConfiguration()
                .setClock(Clock.fixed(date.atTime(13, 0).toInstant(CHINA), CHINA));
        List<String> delivered = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("umf:settlement/download?delay=20&startDate=" + settleDate + "&stateDirectory=" + state)
                        .process(e -> delivered.add(e.getMessage().getHeader(UmfConstants.SETTLE_DATE, String.class)));
            }
        });

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (recordsCounted() < 3.0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(delivered).containsExactly(settleDate);
        assertThat(recordsCounted()).as("the records the route did not read are read (and counted) by the consumer")
                .isEqualTo(3.0);
        assertThat(meters.get(UmfMeters.STATEMENT_RECORDS).counter().getId().getTags())
                .extracting(tag -> tag.getKey()).containsExactly(UmfMeters.TAG_OPERATION);
    }

    private double recordsCounted() {
        Counter counter = meters.find(UmfMeters.STATEMENT_RECORDS).tag(UmfMeters.TAG_OPERATION, "settlement/download")
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
