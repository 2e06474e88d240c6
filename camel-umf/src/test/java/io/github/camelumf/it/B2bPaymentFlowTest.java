package io.github.camelumf.it;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.model.B2bOrder;
import io.github.camelumf.model.EnterpriseQualification;
import io.github.camelumf.model.Examples;
import io.github.camelumf.model.Meta;
import io.github.camelumf.model.PaymentConfirmation;
import io.github.camelumf.model.QualificationReport;
import io.github.camelumf.model.UmfJson;
import io.github.camelumf.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static io.github.camelumf.it.TradeRequests.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The B2B enterprise registration (4.1, 4.2) and B2B payment (11) from a route against the sandbox: typed results,
 * *enc* fields encrypted on the wire, the flow's order enforced by UMF, bad input refused before sending.
 */
class B2bPaymentFlowTest extends SandboxTestSupport {

    @Test
    void enterpriseIsRegisteredAndItsStatusQueriedByTheIdOfTheSelfLink() {
        String externalId = unique("E");

        Exchange registered = call("umf:enterprise/register", TradeRequests.enterprise(externalId), Map.of());
        RecordedRequest request = lastRequest();
        String self = linksOf(registered).get("self");
        String id = self.substring(self.lastIndexOf('/') + 1);
        EnterpriseQualification before = call("umf:enterprise/get", null, Map.of(UmfConstants.ENTERPRISE_ID, id))
                .getMessage().getBody(EnterpriseQualification.class);
        SANDBOX.sandbox().trade().enterprises().enable(id);
        EnterpriseQualification after = call("umf:enterprise/get?enterpriseId=" + id, null, Map.of())
                .getMessage().getBody(EnterpriseQualification.class);

        assertThat(registered.getMessage().getBody(EnterpriseQualification.class).getExternalEnterpriseId())
                .isEqualTo(externalId);
        assertThat(JsonShapes.of(json(request)))
                .isEqualTo(JsonShapes.of(Examples.tree("4.1-enterprise-register-request.json")));
        assertThat(before.getEnterpriseStatus()).isEqualTo("DISABLE");
        assertThat(before.getExternalEnterpriseId()).isEqualTo(externalId);
        assertThat(after.getEnterpriseStatus()).isEqualTo("ENABLE");
    }

    @Test
    void qualificationIsSentEncryptedAndQueriedBack() {
        String custCode = unique("C");

        Exchange sent = call("umf:b2b/qualification", TradeRequests.qualification(custCode), Map.of());
        RecordedRequest request = lastRequest();
        QualificationReport report = call("umf:b2b/qualificationQuery", TradeRequests.qualificationQuery(custCode),
                Map.of()).getMessage().getBody(QualificationReport.class);

        assertThat(sent.getMessage().getBody(Meta.class).getRetCode()).isEqualTo("0000");
        assertThat(request.decryptedFields()).containsEntry("cust_code", custCode)
                .containsEntry("cert_num", TradeRequests.ID_CARD).containsEntry("phone", "18435859788")
                .containsKeys("cust_name", "cust_addr", "rep_nm", "cont_aact", "company_phone");
        assertThat(request.bodyAsString()).doesNotContain(TradeRequests.ID_CARD).doesNotContain(custCode);
        assertThat(JsonShapes.of(json(request)))
                .isEqualTo(JsonShapes.of(Examples.tree("11.1-qualification-request.json")));
        assertThat(report.getCustCode()).isEqualTo(custCode);
        assertThat(report.getStatus()).isEqualTo("0");
        assertThat(report.toString()).doesNotContain(TradeRequests.ID_CARD).doesNotContain(custCode);
    }

    @Test
    void paymentIsConfirmedAfterPayeeAndOrderDetailsAndItsSlipQueried() {
        String batch = unique("B");
        String account = unique("6222");
        call("umf:b2b/qualification", TradeRequests.qualification(unique("C")), Map.of());

        call("umf:b2b/payee", TradeRequests.payee(account, "Bank Corporation"), Map.of());
        RecordedRequest payee = lastRequest();
        call("umf:b2b/orderDetail", TradeRequests.b2bOrderDetail(batch, unique("O"), "100.25"), Map.of());
        call("umf:b2b/orderDetail", TradeRequests.b2bOrderDetail(batch, unique("O"), "50"), Map.of());
        Exchange confirmed = call("umf:b2b/confirm",
                TradeRequests.confirm(batch, account, "150.25", "FOREIGN_VALUATION"), Map.of());
        PaymentConfirmation confirmation = confirmed.getMessage().getBody(PaymentConfirmation.class);
        B2bOrder order = call("umf:b2b/orderQuery", null, Map.of(UmfConstants.PAYMENT_ID, confirmation.getPaymentId()))
                .getMessage().getBody(B2bOrder.class);

        assertThat(payee.decryptedFields()).containsEntry("payee_account", account)
                .containsKeys("payee_name", "payee_address", "payee_swift", "iban");
        assertThat(JsonShapes.of(json(payee))).isEqualTo(JsonShapes.of(Examples.tree("11.3-payee-request.json")));
        assertThat(confirmation.getPaymentId()).startsWith("PAY_");
        assertThat(linksOf(confirmed).get("self")).endsWith(confirmation.getPaymentId() + "/query_order");
        assertThat(order.getPayAmt()).isEqualByComparingTo("150.25");
        assertThat(order.getCurrency()).isEqualTo("USD");
        assertThat(order.getPayeeName()).isEqualTo("Bank Corporation");
        assertThat(order.toString()).doesNotContain(account);
    }

    @Test
    void confirmationWithoutOrderDetailsOrPayeeIsRefusedWithTheCodesOfSection96() {
        String batch = unique("B");
        call("umf:b2b/qualification", TradeRequests.qualification(unique("C")), Map.of());

        Exchange noDetails = send("umf:b2b/confirm", TradeRequests.confirm(batch, unique("6222"), "1.00",
                "FOREIGN_VALUATION"), Map.of());
        call("umf:b2b/orderDetail", TradeRequests.b2bOrderDetail(batch, unique("O"), "1.00"), Map.of());
        Exchange noPayee = send("umf:b2b/confirm", TradeRequests.confirm(batch, unique("6222"), "1.00",
                "FOREIGN_VALUATION"), Map.of());

        assertThat(refusal(noDetails).getRetCode()).isEqualTo("00280077");
        assertThat(refusal(noPayee).getRetCode()).isEqualTo("00280078");
    }

    @Test
    void payeeWithTooLongNameAndAddressOrBadSwiftIsRefusedBeforeSending() {
        int before = SANDBOX.requests().size();
        Map<String, Object> longName = TradeRequests.payee(unique("6222"), "N".repeat(110));
        Map<String, Object> badSwift = TradeRequests.payee(unique("6222"), "Bank Corporation");
        badSwift.put("payee_swift", "HSBC");

        Exchange tooLong = send("umf:b2b/payee", longName, Map.of());
        Exchange swift = send("umf:b2b/payee", badSwift, Map.of());

        assertThat(tooLong.getException()).isInstanceOf(UmfValidationException.class)
                .hasMessageContaining("payee_address").hasMessageContaining("130");
        assertThat(swift.getException()).isInstanceOf(UmfValidationException.class).hasMessageContaining("payee_swift");
        assertThat(SANDBOX.requests()).hasSize(before);
    }

    static UmfApiException refusal(Exchange exchange) {
        assertThat(exchange.getException()).isInstanceOf(UmfApiException.class);
        return (UmfApiException) exchange.getException();
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> linksOf(Exchange exchange) {
        return exchange.getMessage().getHeader(UmfConstants.LINKS, Map.class);
    }

    /** The last API request the sandbox recorded. */
    static RecordedRequest lastRequest() {
        List<RecordedRequest> requests = SANDBOX.requests();
        return requests.get(requests.size() - 1);
    }

    static JsonNode json(RecordedRequest request) {
        return UmfJson.parseObject(request.body());
    }
}
