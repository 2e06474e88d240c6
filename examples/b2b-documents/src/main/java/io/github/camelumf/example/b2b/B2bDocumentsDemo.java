package io.github.camelumf.example.b2b;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.main.Main;

/**
 * The B2B documents example: a Camel Main application whose route ({@link B2bDocumentRoutes}) takes each payment
 * folder of an inbox, pays it through the UMF API and uploads its documents as one ZIP to UMF's FTP server through
 * {@code umf:b2b/uploadDocuments}. In demo mode (the default) UMF and its FTP server run in this JVM
 * ({@link DemoEnvironment}) and the demo ends by itself once its payment folders were handled; {@link #main(String[])}
 * fails (no {@code System.exit}) when one failed or they were not handled within {@code demo.timeout} milliseconds.
 * Against UMF it runs until stopped.
 */
public final class B2bDocumentsDemo {

    private B2bDocumentsDemo() {
    }

    public static void main(String[] args) {
        List<UploadResult> results = run(Map.of(), System.out, args);
        if (results == null) {
            throw new IllegalStateException("the B2B documents demo did not handle its payment folders in time");
        }
        if (results.stream().anyMatch(result -> !result.uploaded())) {
            throw new IllegalStateException("the B2B documents demo failed for a payment (see the [b2b] lines)");
        }
    }

    /**
     * Runs the example to its end in this JVM.
     *
     * @param overrides properties that win over {@code application.properties}
     * @param out       where the summary lines go
     * @return what happened to each payment folder, or {@code null} when the demo timed out
     */
    public static List<UploadResult> run(Map<String, String> overrides, PrintStream out, String... args) {
        Main main = new Main();
        AtomicBoolean completed = new AtomicBoolean();
        DemoEnvironment environment = new DemoEnvironment(out, () -> {
            completed.set(true);
            main.completed();
        });
        main.configure().addRoutesBuilder(new B2bDocumentRoutes());
        overrides.forEach(main::addOverrideProperty);
        main.addMainListener(environment);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "b2b-demo-timeout");
            thread.setDaemon(true);
            return thread;
        });
        long timeout = Long.parseLong(overrides.getOrDefault("demo.timeout", "120000"));
        try {
            timer.schedule(() -> {
                if (environment.embedded()) {
                    main.completed();
                }
            }, timeout, TimeUnit.MILLISECONDS);
            main.run(args);
        } catch (Exception e) {
            throw new IllegalStateException("the B2B documents demo failed", e);
        } finally {
            timer.shutdownNow();
            environment.close();
        }
        return completed.get() ? environment.journal().results() : null;
    }
}
