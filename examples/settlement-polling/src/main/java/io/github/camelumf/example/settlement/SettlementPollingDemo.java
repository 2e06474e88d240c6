package io.github.camelumf.example.settlement;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.main.Main;

/**
 * The settlement polling example: a Camel Main application whose Quartz-driven route ({@link SettlementRoutes})
 * fetches every settle date once through {@code umf:settlement/download}, writes one CSV and one summary line per date.
 * In demo mode (the default) it runs against an embedded sandbox ({@link DemoSandbox}) and ends by itself once the
 * expected dates were delivered; {@link #main(String[])} fails (no {@code System.exit}) when they did not arrive within
 * {@code demo.timeout}. Against UMF it runs until stopped.
 */
public final class SettlementPollingDemo {

    private SettlementPollingDemo() {
    }

    public static void main(String[] args) {
        List<String> lines = run(Map.of(), System.out, args);
        if (lines == null) {
            throw new IllegalStateException("the settlement polling demo did not deliver the expected dates in time");
        }
    }

    /**
     * Runs the example to its end in this JVM.
     *
     * @return the summary lines ({@code date,count,total,currency}), or {@code null} when the demo timed out
     */
    public static List<String> run(Map<String, String> overrides, PrintStream out, String... args) {
        Main main = new Main();
        AtomicBoolean completed = new AtomicBoolean();
        DemoSandbox sandbox = new DemoSandbox(out, () -> {
            completed.set(true);
            main.completed();
        });
        main.configure().addRoutesBuilder(new SettlementRoutes());
        overrides.forEach(main::addOverrideProperty);
        main.addMainListener(sandbox);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "settlement-demo-timeout");
            thread.setDaemon(true);
            return thread;
        });
        long timeout = Long.parseLong(overrides.getOrDefault("demo.timeout", "60000"));
        try {
            timer.schedule(() -> {
                if (sandbox.embedded()) {
                    main.completed();
                }
            }, timeout, TimeUnit.MILLISECONDS);
            main.run(args);
        } catch (Exception e) {
            throw new IllegalStateException("the settlement polling demo failed", e);
        } finally {
            timer.shutdownNow();
            sandbox.close();
        }
        return completed.get() ? sandbox.summary().lines() : null;
    }
}
