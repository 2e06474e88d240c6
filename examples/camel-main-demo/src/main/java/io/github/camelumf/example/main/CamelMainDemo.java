package io.github.camelumf.example.main;

import java.io.PrintStream;
import java.util.Map;

import org.apache.camel.main.Main;

/**
 * The demo: a Camel Main application whose YAML routes ({@code routes/*.yaml}) pay with a credit card through
 * {@code umf:payment/create}, {@code payment/verify} and {@code payment/execute}, read the payment back, refund part
 * of it asynchronously and poll the refund until it succeeded, printing one summary line per step. By default it
 * talks to a UMF sandbox started in-process ({@code demo.sandbox.embedded=true}); see the README for UMF UAT.
 * <p>
 * The route runs once ({@code camel.main.duration-max-messages=1}), then Camel stops, the sandbox stops and the
 * process ends with status 0 if the payment and the refund succeeded. Otherwise {@link #main(String[])} ends with a
 * {@link DemoFailedException} (status 1 from {@code java}, a failed build from {@code exec:java}): no
 * {@code System.exit}, so that it can run inside Maven.
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
        overrides.forEach(main::addOverrideProperty);
        try (EmbeddedSandbox sandbox = new EmbeddedSandbox()) {
            main.addMainListener(sandbox);
            main.run(args);
        } catch (Exception e) {
            journal.failed(e);
        }
        return journal.outcome();
    }
}
