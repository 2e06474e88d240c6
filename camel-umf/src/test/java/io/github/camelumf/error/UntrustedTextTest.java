package io.github.camelumf.error;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UntrustedTextTest {

    @Test
    void cardPhoneAndIdNumbersAreMaskedButReturnCodesKept() {
        assertThat(UntrustedText.clean("card 6222021234567890123 phone 13812345678 id 110105194912310021 "
                                       + "id 11010519491231002x code 00060700"))
                .isEqualTo("card [number removed] phone [number removed] id [number removed] id [number removed] "
                           + "code 00060700");
    }

    @Test
    void numbersWrittenInGroupsAreMasked() {
        assertThat(UntrustedText.clean("6222-0212-3456-7890 and 6222 0212 3456 7890"))
                .isEqualTo("[number removed] and [number removed]");
    }

    @Test
    void controlAndFormattingCharactersBecomeSingleSpaces() {
        assertThat(UntrustedText.clean(" a\r\n\tb\u0000c\u202Ed\u2028e ")).isEqualTo("a b c d e");
    }

    @Test
    void nullAndBlankBecomeEmpty() {
        assertThat(UntrustedText.clean(null)).isEmpty();
        assertThat(UntrustedText.clean(" \n ")).isEmpty();
    }

    @Test
    void longTextIsCappedAtCodePoints() {
        String cleaned = UntrustedText.clean("交".repeat(500));

        assertThat(cleaned).isEqualTo("交".repeat(UntrustedText.MAX_LENGTH) + "...");
    }

    @Test
    void numberCutByTheInputLimitLeavesNoDigitsBehind() {
        String padding = " ".repeat(UntrustedText.MAX_LENGTH * 4 - 5);

        assertThat(UntrustedText.clean(padding + "6222021234567890123")).isEmpty();
        assertThat(UntrustedText.clean("x" + padding + "6222021234567890123")).isEqualTo("x");
    }

    @Test
    void returnCodesKeepLettersAndDigitsOnlyAndAreCapped() {
        assertThat(UntrustedText.code("00060700")).isEqualTo("00060700");
        assertThat(UntrustedText.code(" 0000 ")).isEqualTo("0000");
        assertThat(UntrustedText.code("9999\r\n2026-01-01 INFO FAKE")).isEqualTo("9999??2026?01?01?INFO?FAKE");
        assertThat(UntrustedText.code("\u00e9\u0661")).isEqualTo("??");
        assertThat(UntrustedText.code("A".repeat(40))).isEqualTo("A".repeat(32) + "...");
        assertThat(UntrustedText.code(null)).isNull();
    }

    @Test
    void anInjectedReturnCodeNeverReachesTheExceptionMessageRaw() {
        UmfApiException e = UmfApiException.of("payment/get", 200, "9999\r\n2026-01-01 INFO FAKE line", "refused");

        assertThat(e.getMessage()).doesNotContain("\r").doesNotContain("\n").contains("9999??2026?01?01?INFO?FAKE?line");
        assertThat(e.getRetCode()).isEqualTo("9999??2026?01?01?INFO?FAKE?line");
        assertThat(UmfApiException.of("payment/get", 502, "  ", "bad gateway").getRetCode()).isNull();
    }
}
