package io.github.camelumf.example.main;

import java.io.PrintStream;
import java.util.Map;

import org.apache.camel.main.Main;

/**
 * The demo: a Camel Main application whose YAML routes ({@code routes/*.yaml}) pay with a credit card through
 * {@code umf:payment/create}, {@code payment/verify} and {@code payment/execute}, wait for UMF's payment notification,
 * read the payment back, refund part of it asynchronously, wait for UMF's refund notification and read the refund
 * back, printing one summary line per step and per notification. The notifications arrive on
 * {@code umf:notification} ({@code routes/notifications.yaml}), on the port {@link NotificationPort} chose. By default
 * it talks to a UMF sandbox started in-process ({@code demo.sandbox.embedded=true}); see the README for UMF UAT.
 * <p>
 * The flow runs once; when it finished or failed the {@link DemoJournal} stops Camel Main, the sandbox stops and the
 * process ends with status 0 if the payment and the refund succeeded and both were notified. Otherwise
 * {@link #main(String[])} ends with a {@link DemoFailedException} (status 1 from {@code java}, a failed build from
 * {@code exec:java}): no {@code System.exit}, so that it can run inside Maven.
 */
public final class CamelMainDemo {

    private CamelMainDemo() {
    }

    public static void main(String[] args) {
        DemoOutcome outcome = run(Map.of(), System.out, args);
        if (!outcome.succeeded()) {
            throw new DemoFailedException(outcome);
        }
    }

    /**
     * Runs the demo to its end in this JVM.
     *
     * @param overrides properties that win over {@code application.properties} (for example {@code demo.refund.amount})
     * @param out       where the summary lines go
     * @param args      Camel Main command line arguments
     * @return how the run ended
     */
    public static DemoOutcome run(Map<String, String> overrides, PrintStream out, String... args) {
        DemoJournal journal = new DemoJournal(out);
        Main main = new Main();
        main.configure().addConfiguration(DemoBeans.class);
        main.bind("demoJournal", journal);
        journal.onEnd(main::completed);
        overrides.forEach(main::addOverrideProperty);
        try (EmbeddedSandbox sandbox = new EmbeddedSandbox()) {
            main.addMainListener(sandbox);
            main.addMainListener(new NotificationPort());
            main.run(args);
        } catch (Exception e) {
            journal.failed(e);
        }
        return journal.outcome();
    }
}
