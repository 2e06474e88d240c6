package io.github.camelumf.it;

import java.math.BigDecimal;
import java.util.Map;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.AccountBalance;
import io.github.camelumf.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** umf:payment/balance (3.34) against the sandbox. */
class AccountBalanceTest extends SandboxTestSupport {

    @Test
    void balanceGrowsByAPaidPaymentAndShrinksByItsRefund() {
        BigDecimal before = balance();

        PaidPayment paid = payByCard("100.00");
        BigDecimal afterPayment = balance();
        call("umf:refund/create", TestOrders.refund(paid.reference(), TestOrders.newReference(), "30.00", "CNY"),
                Map.of(UmfConstants.PAYMENT_ID, paid.id()));

        assertThat(afterPayment.subtract(before)).isEqualByComparingTo("100.00");
        assertThat(balance().subtract(before)).isEqualByComparingTo("70.00");
    }

    @Test
    void balanceIsAGetWithoutBodyOrQuery() {
        Exchange exchange = call("umf:payment/balance", null, Map.of());

        assertThat(exchange.getMessage().getHeader(UmfConstants.RET_CODE)).isEqualTo("0000");
        RecordedRequest request = SANDBOX.requests().get(SANDBOX.requests().size() - 1);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.apiPath()).isEqualTo("/payments/payment/self_account_balance");
        assertThat(request.query()).isNull();
        assertThat(request.body()).isEmpty();
    }

    private BigDecimal balance() {
        return call("umf:payment/balance", null, Map.of()).getMessage().getBody(AccountBalance.class).getBalance();
    }
}
