package io.github.camelumf.b2b;

import java.util.List;

import io.github.camelumf.error.UmfValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Section 4.4's names: mer_reference_id + mer_date + 4-digit sequence + .zip, and the next free sequence. */
class DocumentZipNameTest {

    private final DocumentZipName names = DocumentZipName.of("Z2017112613560001", "20171126");

    @Test
    void finalNameIsReferenceDateAndFourDigitSequence() {
        assertThat(names.finalName(1)).isEqualTo("Z2017112613560001201711260001.zip");
        assertThat(names.finalName(42)).isEqualTo("Z2017112613560001201711260042.zip");
    }

    @Test
    void firstUploadOfAPaymentIsSequenceOne() {
        assertThat(names.nextSequence(List.of())).isEqualTo(1);
        assertThat(names.nextSequence(List.of("OTHER0001201711260005.zip", "readme.txt"))).isEqualTo(1);
    }

    @Test
    void nextSequenceFollowsTheHighestTakenFinalOrTemporaryNameInAnyCase() {
        assertThat(names.nextSequence(List.of(names.finalName(1), names.finalName(2), names.finalName(3))))
                .isEqualTo(4);
        assertThat(names.nextSequence(List.of(names.finalName(1), names.finalName(3)))).as("a gap is not reused")
                .isEqualTo(4);
        assertThat(names.nextSequence(List.of(names.temporaryName(7)))).isEqualTo(8);
        assertThat(names.nextSequence(List.of("z2017112613560001201711260005.ZIP"))).isEqualTo(6);
        assertThat(names.nextSequence(List.of(names.finalName(2) + ".bak", names.finalName(9).replace(".zip", ".rar"))))
                .isEqualTo(1);
    }

    @Test
    void temporaryNamesAreUniqueAndNeverLookFinal() {
        String first = names.temporaryName(1);
        assertThat(first).startsWith(names.finalName(1) + ".").endsWith(".part").isNotEqualTo(names.temporaryName(1));
        assertThat(names.sequenceOf(first)).isEqualTo(1);
        assertThat(first).doesNotMatch(".*\\d{4}\\.zip");
    }

    @Test
    void sequenceNineThousandNineHundredNinetyNineIsTheLast() {
        assertThat(names.nextSequence(List.of(names.finalName(9998)))).isEqualTo(9999);
        assertThatThrownBy(() -> names.nextSequence(List.of(names.finalName(9999))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("9999");
    }

    @Test
    void referenceAndDateAreCheckedWithFieldAndRule() {
        assertThatThrownBy(() -> DocumentZipName.of("abc", "20171126")).isInstanceOf(UmfValidationException.class)
                .hasMessage("Invalid request field 'merReferenceId': must be 4 to 32 characters");
        assertThatThrownBy(() -> DocumentZipName.of("a".repeat(33), "20171126"))
                .hasMessage("Invalid request field 'merReferenceId': must be 4 to 32 characters");
        assertThatThrownBy(() -> DocumentZipName.of("ab/cd", "20171126")).hasMessageContaining("only letters, digits");
        assertThatThrownBy(() -> DocumentZipName.of("ab cd", "20171126")).hasMessageContaining("only letters, digits");
        assertThatThrownBy(() -> DocumentZipName.of("abcd", "2017-11-26"))
                .hasMessage("Invalid request field 'merDate': must be yyyyMMdd and a real date");
        assertThatThrownBy(() -> DocumentZipName.of("abcd", "20170229"))
                .hasMessage("Invalid request field 'merDate': must be yyyyMMdd and a real date");
        assertThat(DocumentZipName.of("a-b_c.d", "20240229").prefix()).isEqualTo("a-b_c.d20240229");
    }
}
