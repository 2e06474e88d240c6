package io.github.camelumf.error;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ErrorCatalogTest {

    private final ErrorCatalog catalog = ErrorCatalog.get();

    @Test
    void referenceTablesAreReadCompletely() {
        Map<String, Long> rowsPerTable = SpecErrorTables.rows().stream()
                .collect(Collectors.groupingBy(SpecErrorTables.Row::table, Collectors.counting()));

        assertThat(rowsPerTable).containsOnly(
                Map.entry("appendix 8 return codes", 2L),
                Map.entry("appendix 8 transaction error codes", 231L),
                Map.entry("9.6 remittance error codes", 16L),
                Map.entry("10.4 tuition error codes", 5L),
                Map.entry("3.6 SMS verification error codes", 9L),
                Map.entry("3.17 customs status codes", 4L));
    }

    @Test
    void everyCodeOfTheReferenceTablesIsInTheCatalog() {
        List<String> missing = SpecErrorTables.rows().stream()
                .filter(row -> catalog.find(row.code()).isEmpty())
                .map(row -> row.table() + ": " + row.code())
                .toList();

        assertThat(missing).isEmpty();
    }

    @Test
    void catalogHoldsExactlyTheCodesOfTheReference() {
        Set<String> referenceCodes = SpecErrorTables.rows().stream().map(SpecErrorTables.Row::code)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> catalogCodes = catalog.all().stream().map(ErrorCode::code)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(catalogCodes).isEqualTo(referenceCodes);
        assertThat(catalog.size()).isEqualTo(referenceCodes.size()).isEqualTo(253);
    }

    @Test
    void everyWordingOfTheReferenceIsKeptInItsEntry() {
        List<String> lost = new ArrayList<>();
        for (SpecErrorTables.Row row : SpecErrorTables.rows()) {
            ErrorCode code = catalog.describe(row.code());
            List<String> kept = new ArrayList<>(code.alternatives());
            kept.add(code.description());
            kept.add(code.descriptionZh());
            String wording = comparable(row.description());
            if (kept.stream().map(ErrorCatalogTest::comparable).noneMatch(wording::equals)) {
                lost.add(row.code() + " (" + row.table() + "): " + row.description());
            }
        }

        assertThat(lost).isEmpty();
    }

    @Test
    void everyEntryNamesTheReferenceTablesThatListIt() {
        assertThat(catalog.all()).allSatisfy(code -> assertThat(code.isListed()).isTrue());
        assertThat(catalog.describe("00280077").source()).isEqualTo("9.6; 10.4");
        assertThat(catalog.describe("00200026").source()).isEqualTo("3.6");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "0000, SUCCESS",
        "00280703, AUTHENTICATION",
        "00060710, SIGNATURE",
        "00060700, VALIDATION",
        "00280702, VALIDATION",
        "00280037, VALIDATION",
        "00131074, DUPLICATE",
        "00202019, DUPLICATE",
        "00200096, DUPLICATE",
        "00060305, CARD",
        "00090020, CARD",
        "00080535, CARD",
        "00284001, CARD",
        "00200083, VERIFICATION_CODE",
        "00080722, VERIFICATION_CODE",
        "00200084, VERIFICATION_CODE",
        "00080530, INSUFFICIENT_FUNDS",
        "00280080, INSUFFICIENT_FUNDS",
        "00080542, BANK_DECLINED",
        "00090388, RISK_DECLINED",
        "00252002, RISK_DECLINED",
        "00253002, LIMIT_EXCEEDED",
        "00254023, LIMIT_EXCEEDED",
        "00060762, ORDER_STATE",
        "00200080, ORDER_STATE",
        "00060780, ORDER_STATE",
        "00060774, REFUND",
        "00202011, REFUND",
        "00060874, REFUND",
        "00060761, PROCESSING",
        "00280076, PROCESSING",
        "00280086, PROCESSING",
        "00180008, OUTCOME_UNKNOWN",
        "00060931, OUTCOME_UNKNOWN",
        "00060702, OUTCOME_UNKNOWN",
        "00200013, MERCHANT_CONFIGURATION",
        "00281019, MERCHANT_CONFIGURATION",
        "00280047, CUSTOMS",
        "00280078, REMITTANCE",
        "00060999, SYSTEM",
        "00020000, SYSTEM"
    })
    void keyCodesHaveTheirCategory(String code, ErrorCategory category) {
        assertThat(catalog.describe(code).category()).isEqualTo(category);
    }

    @Test
    void onlyTheHttpLevelCategoriesHaveNoCode() {
        Set<ErrorCategory> used = catalog.all().stream().map(ErrorCode::category)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ErrorCategory.class)));

        assertThat(EnumSet.complementOf(EnumSet.copyOf(used)))
                .containsExactlyInAnyOrder(ErrorCategory.RATE_LIMITED, ErrorCategory.UNKNOWN);
    }

    @Test
    void chineseOnlyRowsAreTranslatedAndKeepTheChinese() {
        assertThat(catalog.describe("00020000"))
                .extracting(ErrorCode::description, ErrorCode::descriptionZh)
                .containsExactly("Database error", "数据库错误");
        assertThat(catalog.describe("00131074"))
                .extracting(ErrorCode::description, ErrorCode::descriptionZh)
                .containsExactly("Duplicate order", "订单重复");
        assertThat(catalog.describe("00060999").descriptionZh()).isEqualTo("系统异常");
        assertThat(catalog.describe("0000").descriptionZh()).isEqualTo("交易成功");
        assertThat(catalog.all()).allSatisfy(code -> assertThat(code.description()).doesNotContainPattern("\\p{IsHan}"));
    }

    @Test
    void codeListedTwiceWithDifferentWordingKeepsOneDescriptionAndTheOthersAsAlternatives() {
        ErrorCode orderInformation = catalog.describe("00280077");
        assertThat(orderInformation.descriptionZh()).isEqualTo("订单信息不存在");
        assertThat(orderInformation.alternatives()).singleElement().asString()
                .startsWith("Payment failed – the order details corresponding to this batch could not be found");

        assertThat(catalog.describe("00060999").alternatives()).containsExactly("The system is busy");
        assertThat(catalog.describe("00202012").alternatives()).isEmpty();
        assertThat(catalog.describe("0000").alternatives()).containsExactly("Payment transaction success", "SUCCESS");
    }

    @Test
    void listedCodeIsFoundIgnoringSurroundingBlanks() {
        assertThat(catalog.find(" 00060774 ")).get().extracting(ErrorCode::description)
                .isEqualTo("Accumulated refund amount larger than the payment amount");
        assertThat(catalog.describe("00060774")).isSameAs(catalog.find("00060774").orElseThrow());
    }

    @Test
    void unknownCodeIsDescribedAsUnknown() {
        assertThat(catalog.find("00999999")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();

        ErrorCode unknown = catalog.describe("00999999");
        assertThat(unknown.code()).isEqualTo("00999999");
        assertThat(unknown.category()).isEqualTo(ErrorCategory.UNKNOWN);
        assertThat(unknown.description()).isEqualTo("Return code not listed in the UMF reference");
        assertThat(unknown.isListed()).isFalse();

        assertThat(catalog.describe(null).category()).isEqualTo(ErrorCategory.UNKNOWN);
        assertThat(catalog.describe("  ").description()).isEqualTo("No return code");
    }

    @Test
    void catalogIsLoadedOnce() {
        assertThat(ErrorCatalog.get()).isSameAs(catalog);
    }

    @Test
    void entriesAreImmutable() {
        ErrorCode code = catalog.describe("00060999");
        assertThatThrownBy(() -> code.alternatives().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> catalog.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void catalogWithRepeatedCodeIsRejectedNamingTheLine() {
        assertThatThrownBy(() -> load("""
                # comment
                00060774\tREFUND\tA8\tRefund too large\t\t
                00060774\tREFUND\tA8\tRefund too large again\t\t
                """))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Malformed UMF error catalog test.tsv line 3: code 00060774 is listed twice");
    }

    @Test
    void catalogWithUnknownCategoryIsRejected() {
        assertThatThrownBy(() -> load("00060774\tREFUNDS\tA8\tRefund too large\t\t\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Malformed UMF error catalog test.tsv line 1: unknown category 'REFUNDS'");
    }

    @Test
    void catalogWithMissingColumnOrBadCodeOrNoDescriptionIsRejected() {
        assertThatThrownBy(() -> load("00060774\tREFUND\tA8\tRefund too large\n"))
                .hasMessageContaining("line 1: expected 6 tab-separated columns, found 4");
        assertThatThrownBy(() -> load("0006077\tREFUND\tA8\tRefund too large\t\t\n"))
                .hasMessageContaining("line 1: code must be 4 or 8 digits");
        assertThatThrownBy(() -> load("00060774\tREFUND\tA8\t \t\t\n"))
                .hasMessageContaining("line 1: description is empty");
        assertThatThrownBy(() -> load("# nothing\n"))
                .hasMessage("The UMF error catalog test.tsv holds no codes");
    }

    @Test
    void wellFormedCatalogIsRead() {
        ErrorCatalog small = load("code\tcategory\tsource\tdescription\tdescription_zh\talternatives\n"
                                  + "00060774\tREFUND\tA8\tRefund too large\t退款超额\tOne | Two\n");

        assertThat(small.size()).isEqualTo(1);
        assertThat(small.describe("00060774"))
                .isEqualTo(new ErrorCode("00060774", ErrorCategory.REFUND, "Refund too large", "退款超额", "A8",
                        List.of("One", "Two")));
    }

    private static ErrorCatalog load(String content) {
        return ErrorCatalog.load(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }

    /** Wording compared without case, punctuation, quotes and blanks (the reference is inconsistent in those). */
    private static String comparable(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s\u2018\u2019\u201c\u201d]+", "");
    }
}
