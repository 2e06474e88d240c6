package io.github.camelumf.benchmarks.upload;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak heap of one measured upload: the JVM's heap pools' peaks are reset before it and summed after it (an upper
 * bound of the heap in use at any one time, as pools peak at different moments), and a sampler thread reads the heap
 * in use every millisecond (a lower bound: it can miss a short peak between two samples).
 */
final class HeapPeak implements AutoCloseable {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long sampledMax;

    private HeapPeak() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampler = new Thread(() -> {
            while (running) {
                sampledMax = Math.max(sampledMax, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Collects garbage (so each upload starts from the same heap), resets the peaks and starts sampling. */
    static HeapPeak start() {
        System.gc();
        return new HeapPeak();
    }

    /** The sum of the heap pools' peaks since {@link #start()}, in bytes. */
    long poolPeaks() {
        return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** The largest heap in use sampled since {@link #start()}, in bytes. */
    long sampledMax() {
        return sampledMax;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }

    /** The maximum heap of this JVM (-Xmx), in bytes. */
    static long maxHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }
}
