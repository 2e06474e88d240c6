package io.github.camelumf.operation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.model.AccountBalance;
import io.github.camelumf.model.Examples;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog row docs/adding-an-operation.md shows, built as the page shows it, is the catalog's payment/balance row
 * (which AccountBalanceTest runs against the sandbox): same name, method, path, parameters and result.
 */
class CatalogRowGuideTest {

    // tag::catalog-row[]
    public static final UmfOperation BALANCE = UmfOperation
            .get("payment/balance", "/payments/payment/self_account_balance")
            .result(AccountBalance.class, "account_balance")
            .build();
    // end::catalog-row[]

    @Test
    void theGuidesRowIsTheCatalogsBalanceRow() {
        UmfOperation catalog = PaymentOperations.BALANCE;

        assertThat(BALANCE.endpointName()).isEqualTo(catalog.endpointName());
        assertThat(BALANCE.kind()).isEqualTo(catalog.kind());
        assertThat(BALANCE.method()).isEqualTo(catalog.method());
        assertThat(BALANCE.path()).isEqualTo(catalog.path());
        assertThat(BALANCE.parameters()).isEqualTo(catalog.parameters());
        assertThat(BALANCE.resultType()).isEqualTo(catalog.resultType()).isEqualTo(AccountBalance.class);
        assertThat(BALANCE.resultMembers()).isEqualTo(catalog.resultMembers());
        assertThat(BALANCE.encryptedFields()).isEqualTo(catalog.encryptedFields());
        assertThat(BALANCE.headers()).isEqualTo(catalog.headers());
        assertThat(BALANCE.isImplemented()).isTrue();
        JsonNode answer = Examples.tree("3.34-balance-response.json");
        assertThat(BALANCE.bodyOf(answer)).isEqualTo(catalog.bodyOf(answer)).isEqualTo(answer.get("account_balance"));
    }
}
