package io.github.camelumf.benchmarks.upload;

/**
 * One measured upload.
 *
 * @param variant    {@code baseline} or {@code camel}
 * @param round      the round (1, 2, ...)
 * @param zipBytes   the ZIP's size on the server
 * @param nanos      the upload's wall time
 * @param cpuNanos   the CPU time this JVM used during the upload (all its threads, GC and JIT included)
 * @param poolPeaks  the sum of the heap pools' peaks during the upload
 * @param sampledMax the largest heap in use sampled during the upload
 */
record UploadResult(String variant, int round, long zipBytes, long nanos, long cpuNanos, long poolPeaks,
                    long sampledMax) {

    /** MiB of ZIP per second. */
    double mibPerSecond() {
        return zipBytes / (1024.0 * 1024.0) / (nanos / 1e9);
    }

    /** CPU seconds this JVM spent per GiB of ZIP. */
    double cpuSecondsPerGib() {
        return cpuNanos / 1e9 / (zipBytes / (1024.0 * 1024.0 * 1024.0));
    }

    String line() {
        return String.format("%-8s round %d  %,15d bytes  %7.2f s  %7.1f MiB/s  CPU %5.2f s/GiB  heap peak %5.1f MiB"
                             + " (pools) %5.1f MiB (sampled)", variant, round, zipBytes, nanos / 1e9, mibPerSecond(),
                cpuSecondsPerGib(), poolPeaks / 1048576.0, sampledMax / 1048576.0);
    }
}
