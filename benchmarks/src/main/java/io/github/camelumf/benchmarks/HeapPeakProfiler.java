package io.github.camelumf.benchmarks;

import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof io.github.camelumf.benchmarks.HeapPeakProfiler}) that reports, per iteration, the
 * {@link HeapWatch} figures of the benchmark's JVM in MB, the worst iteration being the aggregate: {@code heap.peak}
 * (the sum of the heap pools' peaks: shows the heap stayed within {@code -Xmx}), {@code heap.afterGc.max} (the largest
 * occupancy after a collection: what was still reachable) and {@code gc.count}.
 */
public final class HeapPeakProfiler implements InternalProfiler {

    private final HeapWatch watch = new HeapWatch();

    @Override
    public String getDescription() {
        return "Peak heap usage (sum of the heap pools' peaks) and the largest heap occupancy after a GC, in MB";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        watch.start();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        HeapWatch.Usage usage = watch.stop();
        return List.of(
                new ScalarResult("heap.peak", usage.peakMb(), "MB", AggregationPolicy.MAX),
                new ScalarResult("heap.afterGc.max", usage.maxAfterGcMb(), "MB", AggregationPolicy.MAX),
                new ScalarResult("gc.count", usage.collections(), "#", AggregationPolicy.MAX));
    }
}
