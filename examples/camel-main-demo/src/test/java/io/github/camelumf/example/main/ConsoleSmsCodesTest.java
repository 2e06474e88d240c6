package io.github.camelumf.example.main;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsoleSmsCodesTest {

    private final ByteArrayOutputStream prompt = new ByteArrayOutputStream();

    @Test
    void asksForTheCodeOfThePaymentAndReturnsWhatWasTyped() {
        SmsCodes codes = console(" 654321 \n");

        assertThat(codes.codeFor("PAY_1")).isEqualTo("654321");
        assertThat(prompt.toString(StandardCharsets.UTF_8)).contains("PAY_1");
    }

    @Test
    void noCodeTypedIsRefusedNamingThePayment() {
        assertThatThrownBy(() -> console("").codeFor("PAY_2"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PAY_2");
    }

    private SmsCodes console(String typed) {
        return new ConsoleSmsCodes(new BufferedReader(new StringReader(typed)),
                new PrintStream(prompt, true, StandardCharsets.UTF_8));
    }
}
