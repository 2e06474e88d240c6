package io.github.camelumf.example.settlement;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the example in demo mode, as {@code mvn -Pdemo verify} does, and checks its CSV files and summary lines. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SettlementPollingDemoTest {

    @TempDir
    Path work;

    @Test
    void demoDeliversEachSettleDateOnceWithOneCsvAndOneSummaryLineAndEnds() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<String> lines = SettlementPollingDemo.run(Map.of(
                "demo.output", work.resolve("out").toString(),
                "demo.state-directory", work.resolve("state").toString(),
                "demo.timeout", "120000"), new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(lines).as("ended by itself with two dates").hasSize(2);
        String[] empty = lines.get(0).split(",");
        String[] settled = lines.get(1).split(",");
        assertThat(empty[1]).as("the payments' own day settles nothing").isEqualTo("0");
        assertThat(settled[1]).as("three payments and one refund").isEqualTo("4");
        assertThat(settled[3]).isEqualTo("USD");

        List<String> csv = Files.readAllLines(work.resolve("out").resolve("settlement-" + settled[0] + ".csv"));
        assertThat(csv).hasSize(5);
        assertThat(csv.get(0)).startsWith("tradeNo,tranType");
        BigDecimal sum = csv.subList(1, 5).stream().map(line -> new BigDecimal(line.split(",")[7]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(settled[2]);
        assertThat(csv.subList(1, 5)).filteredOn(line -> line.contains(",refund,")).hasSize(1);
        assertThat(Files.readAllLines(work.resolve("out").resolve("summary.csv"))).containsExactlyElementsOf(lines);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("[settlement] " + settled[0] + "  4 records");
    }
}
