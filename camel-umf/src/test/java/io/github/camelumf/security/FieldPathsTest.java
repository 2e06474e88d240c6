package io.github.camelumf.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldPathsTest {

    @Test
    void braceSetAtTheEndExpandsToOnePathPerMember() {
        assertThat(FieldPaths.expand("payer.payer_info.bank_card.{number,valid_date,cvv2}")).containsExactly(
                "payer.payer_info.bank_card.number", "payer.payer_info.bank_card.valid_date",
                "payer.payer_info.bank_card.cvv2");
    }

    @Test
    void braceSetInTheMiddleKeepsTheRestOfThePath() {
        assertThat(FieldPaths.expand(
                "payer.payer_info.{qr_code_scan,wechat_in_app,wechat_in_app_web,wechat_H5}.citizen_id_number"))
                .containsExactly("payer.payer_info.qr_code_scan.citizen_id_number",
                        "payer.payer_info.wechat_in_app.citizen_id_number",
                        "payer.payer_info.wechat_in_app_web.citizen_id_number",
                        "payer.payer_info.wechat_H5.citizen_id_number");
    }

    @Test
    void severalAndNestedBraceSetsExpandToEveryCombination() {
        assertThat(FieldPaths.expand("{a,b}.{c,d}")).containsExactly("a.c", "a.d", "b.c", "b.d");
        assertThat(FieldPaths.expand("x.{y.{p,q},z}")).containsExactly("x.y.p", "x.y.q", "x.z");
        assertThat(FieldPaths.expand("bind.{ number , name }")).containsExactly("bind.number", "bind.name");
    }

    @Test
    void pathWithoutBracesIsItself() {
        assertThat(FieldPaths.expand("order.student_name")).containsExactly("order.student_name");
    }

    @Test
    void catalogCellsWithSemicolonsOrCommasParseIntoAllPaths() {
        List<String> paths = FieldPaths.parse("payer_info.bank_card.{number,valid_date,cvv2,payer_name,"
                                              + "citizen_id_number}; bind.{number,citizen_id_number,name}");
        assertThat(paths).containsExactly("payer_info.bank_card.number", "payer_info.bank_card.valid_date",
                "payer_info.bank_card.cvv2", "payer_info.bank_card.payer_name",
                "payer_info.bank_card.citizen_id_number", "bind.number", "bind.citizen_id_number", "bind.name");

        assertThat(FieldPaths.parse("payee_account, payee_name, payee_address, payee_swift, iban"))
                .containsExactly("payee_account", "payee_name", "payee_address", "payee_swift", "iban");
        assertThat(FieldPaths.parse("a.b; a.b; a.{b,c}")).containsExactly("a.b", "a.c");
        assertThat(FieldPaths.expandAll(List.of("a.{b,c}", "a.b"))).containsExactly("a.b", "a.c");
    }

    @Test
    void unbalancedBracesAndEmptyMembersAreRefused() {
        assertThatThrownBy(() -> FieldPaths.expand("a.{b,c")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unbalanced braces");
        assertThatThrownBy(() -> FieldPaths.expand("a.b}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unbalanced braces");
        assertThatThrownBy(() -> FieldPaths.expand("a..b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> FieldPaths.expand("a.{b,}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> FieldPaths.expand("")).isInstanceOf(IllegalArgumentException.class);
    }
}
