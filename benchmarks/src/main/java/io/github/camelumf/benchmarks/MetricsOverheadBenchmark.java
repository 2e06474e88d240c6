package io.github.camelumf.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.camelumf.http.UmfResponse;
import io.github.camelumf.metrics.MicrometerUmfMetrics;
import io.github.camelumf.metrics.UmfMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What recording a UMF call in Micrometer costs: {@code UmfMetrics.timeRequest} around a call that returns at once,
 * <ul>
 * <li>baseline: {@link UmfMetrics#NONE} (no registry: the call itself);</li>
 * <li>{@link MicrometerUmfMetrics} on a {@link SimpleMeterRegistry}, for a successful answer and for a refusal (whose
 * ret_code is looked up in the error catalog for the category tag).</li>
 * </ul>
 * The difference is the per-call cost of the metrics; compare it with a whole call (ProducerOverheadBenchmark).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
public class MetricsOverheadBenchmark {

    private static final String OPERATION = "payment/get";

    private UmfMetrics micrometer;
    private Supplier<UmfResponse> success;
    private Supplier<UmfResponse> refused;

    @Setup
    public void setUp() {
        micrometer = new MicrometerUmfMetrics(new SimpleMeterRegistry());
        UmfResponse ok = new UmfResponse(200, null, UmfResponse.SUCCESS, "success");
        UmfResponse declined = new UmfResponse(200, null, "00060550", "declined");
        success = () -> ok;
        refused = () -> declined;
    }

    @Benchmark
    public UmfResponse baselineNoMetrics() {
        return UmfMetrics.NONE.timeRequest(OPERATION, success);
    }

    @Benchmark
    public UmfResponse micrometerSuccess() {
        return micrometer.timeRequest(OPERATION, success);
    }

    @Benchmark
    public UmfResponse micrometerRefused() {
        return micrometer.timeRequest(OPERATION, refused);
    }
}
