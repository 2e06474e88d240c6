package io.github.camelumf.jdbc.cluster;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import io.github.camelumf.UmfConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * The settlement route of a {@link ClusterNode}: {@code umf:settlement/download} from {@code startDate} over the
 * node's {@code #settleDates} repository; as its last step it appends the settle date to {@code settled-NAME.log}.
 * On the date {@code hangOnDate} it prints {@code STARTED date} and hangs, so that the test can kill the node in the
 * middle of the route.
 */
final class SettlementRoute extends RouteBuilder {

    static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final String node;
    private final String startDate;
    private final Path settled;
    private final String hangOnDate;
    private final PrintStream out;

    SettlementRoute(String node, String startDate, Path outDir, String hangOnDate, PrintStream out) {
        this.node = node;
        this.startDate = startDate;
        this.settled = settledLog(outDir, node);
        this.hangOnDate = hangOnDate;
        this.out = out;
    }

    /** 13:00 China time on {@code yyyyMMdd}: after the default cut-off hour, so that date is the last one fetched. */
    static Clock clockAt(String date) {
        return Clock.fixed(LocalDate.parse(date, YYYYMMDD).atTime(13, 0).toInstant(CHINA), CHINA);
    }

    static Path settledLog(Path outDir, String node) {
        return outDir.resolve("settled-" + node + ".log");
    }

    /** The dates a node's route completed, in the order it completed them. */
    static List<String> settledBy(Path outDir, String node) throws java.io.IOException {
        Path file = settledLog(outDir, node);
        if (!Files.exists(file)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> !line.isBlank()).toList();
        }
    }

    @Override
    public void configure() {
        from("umf:settlement/download?startDate=" + startDate + "&delay=20&outputType=STATEMENT"
             + "&idempotentRepository=#settleDates")
                .routeId("settlement-" + node)
                .process(exchange -> {
                    String date = exchange.getMessage().getHeader(UmfConstants.SETTLE_DATE, String.class);
                    if (date.equals(hangOnDate)) {
                        out.println("STARTED " + date);
                        Thread.sleep(600_000); // the test kills this node now
                    }
                    Files.writeString(settled, date + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND, StandardOpenOption.SYNC);
                });
    }
}
