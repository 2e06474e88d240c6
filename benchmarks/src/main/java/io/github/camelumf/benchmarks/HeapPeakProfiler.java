package io.github.camelumf.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof io.github.camelumf.benchmarks.HeapPeakProfiler}) that reports, per iteration, how much
 * heap the benchmark's JVM used, in MB, the worst iteration being the aggregate:
 * <ul>
 * <li>{@code heap.peak}: the sum of the peak usages of the heap memory pools (eden, survivor, old), reset before each
 * iteration. Garbage counts until it is collected, so with a busy allocator this is close to the heap's size: it
 * shows the heap stayed within {@code -Xmx};</li>
 * <li>{@code heap.afterGc.max}: the largest heap occupancy right after a garbage collection (from the collectors'
 * notifications): what was still reachable, the figure that grows if something holds the data;</li>
 * <li>{@code gc.count}: the collections during the iteration.</li>
 * </ul>
 * Everything in the JVM counts, an in-process sandbox included.
 */
public final class HeapPeakProfiler implements InternalProfiler {

    private static final double MB = 1024.0 * 1024.0;

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();
    private final Set<String> heapPoolNames = heapPools.stream().map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final NotificationListener listener = this::onGc;

    @Override
    public String getDescription() {
        return "Peak heap usage (sum of the heap pools' peaks) and the largest heap occupancy after a GC, in MB";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        maxAfterGc.set(0);
        collections.set(0);
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException e) {
                    // not registered on this collector
                }
            }
        }
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return List.of(
                new ScalarResult("heap.peak", peak / MB, "MB", AggregationPolicy.MAX),
                new ScalarResult("heap.afterGc.max", maxAfterGc.get() / MB, "MB", AggregationPolicy.MAX),
                new ScalarResult("gc.count", collections.get(), "#", AggregationPolicy.MAX));
    }

    private void onGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPoolNames.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        collections.incrementAndGet();
        maxAfterGc.accumulateAndGet(used, Math::max);
    }
}
