package io.github.camelumf.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import io.github.camelumf.statement.SettlementRecord;
import org.apache.camel.support.ObjectHelper;

/**
 * The load-harness twin of {@link StatementDownloadBenchmark}, for a loaded machine: the same sandbox, file, component
 * configuration and baseline, but both sides run in one JVM and alternate (baseline first in odd rounds, the component
 * first in even rounds), so that a change of the machine's load hits both sides of a round alike. Prints MB/s
 * (10^6 bytes per second, from the response headers to the end of the checked file) and the heap figures of each run,
 * the ratio of each round, and the medians.
 * <pre>
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar \
 *     io.github.camelumf.benchmarks.StatementDownloadComparison [records] [rounds]
 * </pre>
 * Defaults: 6,550,000 records (1.004 GiB), 4 rounds after one warm-up run of each side.
 */
public final class StatementDownloadComparison {

    private static final double MB = 1_000_000.0;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * One file read: its time, the CPU time and the bytes allocated by the reading thread (which depend much less on
     * the machine's load than the time does), and the heap figures.
     */
    record Run(String side, long bytes, double seconds, double cpuSeconds, long allocated, HeapWatch.Usage heap) {

        double megabytesPerSecond() {
            return bytes / MB / seconds;
        }

        @Override
        public String toString() {
            return String.format("%-9s %,d bytes in %6.2f s = %6.1f MB/s (reading thread: %5.2f s CPU, %,d MB"
                                 + " allocated), heap peak %4.1f MB, after GC max %4.1f MB, %d GCs", side, bytes,
                    seconds, megabytesPerSecond(), cpuSeconds, allocated / 1_000_000, heap.peakMb(),
                    heap.maxAfterGcMb(), heap.collections());
        }
    }

    private StatementDownloadComparison() {
    }

    public static void main(String[] args) throws Exception {
        long records = args.length > 0 ? Long.parseLong(args[0]) : 6_550_000L;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        System.out.printf("max heap (-Xmx): %.0f MiB%n", Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
        StatementDownloadBenchmark.Served served = new StatementDownloadBenchmark.Served();
        served.records = records;
        served.start();
        StatementDownloadBenchmark.ThroughCamel camel = new StatementDownloadBenchmark.ThroughCamel();
        StatementDownloadBenchmark.Baseline baseline = new StatementDownloadBenchmark.Baseline();
        HeapWatch watch = new HeapWatch();
        try {
            camel.start(served);
            baseline.start(served);
            Run warmBaseline = baseline(baseline, served, watch);
            long bytes = warmBaseline.bytes();
            System.out.println("warm-up   " + warmBaseline);
            System.out.println("warm-up   " + camel(camel, served, watch, bytes));
            List<Double> ratios = new ArrayList<>();
            List<Double> baselineRates = new ArrayList<>();
            List<Double> camelRates = new ArrayList<>();
            double peak = 0;
            double afterGc = 0;
            for (int round = 1; round <= rounds; round++) {
                Run first = round % 2 == 1 ? baseline(baseline, served, watch) : camel(camel, served, watch, bytes);
                Run second = round % 2 == 1 ? camel(camel, served, watch, bytes) : baseline(baseline, served, watch);
                Run base = round % 2 == 1 ? first : second;
                Run component = round % 2 == 1 ? second : first;
                System.out.println("round " + round + "   " + first);
                System.out.println("round " + round + "   " + second);
                double ratio = component.megabytesPerSecond() / base.megabytesPerSecond();
                System.out.printf("round %d   ratio component / baseline = %.2f%n", round, ratio);
                ratios.add(ratio);
                baselineRates.add(base.megabytesPerSecond());
                camelRates.add(component.megabytesPerSecond());
                peak = Math.max(peak, component.heap().peakMb());
                afterGc = Math.max(afterGc, component.heap().maxAfterGcMb());
            }
            System.out.printf("median: baseline %.1f MB/s, component %.1f MB/s, ratio %.2f (rounds: %s);"
                              + " component heap peak %.1f MB, after GC max %.1f MB%n", median(baselineRates),
                    median(camelRates), median(ratios), ratios.stream().map(r -> String.format("%.2f", r)).toList(),
                    peak, afterGc);
        } finally {
            baseline.stop();
            camel.stop();
            served.stop();
        }
    }

    private static Run baseline(StatementDownloadBenchmark.Baseline baseline, StatementDownloadBenchmark.Served served,
                                HeapWatch watch) throws Exception {
        baseline.open(served);
        watch.start();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        baseline.read = BaselineSettlementLines.read(baseline.opened);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        allocated = THREADS.getCurrentThreadAllocatedBytes() - allocated;
        HeapWatch.Usage heap = watch.stop();
        long bytes = baseline.opened.count;
        baseline.check(served);
        return new Run("baseline", bytes, seconds, cpuSeconds, allocated, heap);
    }

    private static Run camel(StatementDownloadBenchmark.ThroughCamel camel, StatementDownloadBenchmark.Served served,
                             HeapWatch watch, long bytes) {
        camel.open(served);
        watch.start();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        Iterator<?> records = ObjectHelper.createIterator(camel.opened.getMessage().getBody());
        long checksum = 0;
        while (records.hasNext()) {
            checksum += ((SettlementRecord) records.next()).getLine();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        allocated = THREADS.getCurrentThreadAllocatedBytes() - allocated;
        HeapWatch.Usage heap = watch.stop();
        camel.check(served);
        if (checksum == 0) {
            throw new IllegalStateException("no records");
        }
        return new Run("component", bytes, seconds, cpuSeconds, allocated, heap);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
