package io.github.camelumf.example.main;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Asks for the SMS code on the console, as a customer would type it: used when the demo runs against UMF UAT, where
 * a real SMS goes to the phone registered with the test card.
 */
public final class ConsoleSmsCodes implements SmsCodes {

    private final BufferedReader in;
    private final PrintStream out;

    public ConsoleSmsCodes() {
        this(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out);
    }

    ConsoleSmsCodes(BufferedReader in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public String codeFor(String paymentId) {
        out.print("SMS code sent to the payer's phone for payment " + paymentId + ": ");
        out.flush();
        try {
            String line = in.readLine();
            if (line == null || line.isBlank()) {
                throw new IllegalStateException("No SMS code was entered for payment " + paymentId);
            }
            return line.trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the SMS code from the console", e);
        }
    }

    @Override
    public String toString() {
        return "ConsoleSmsCodes";
    }
}
