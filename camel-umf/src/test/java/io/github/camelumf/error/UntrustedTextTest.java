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
}
