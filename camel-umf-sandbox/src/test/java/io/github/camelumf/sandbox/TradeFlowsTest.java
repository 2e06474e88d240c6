package io.github.camelumf.sandbox;

import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The B2B enterprise (4.1, 4.2), B2B payment (11), outward remittance (9) and tuition (10) flows over HTTP: each
 * step's state, the order the steps must come in, and the 9.6/10.4 codes of the refusals.
 */
class TradeFlowsTest {

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final String ID_CARD = "11010519491231002X";

    private UmfTestClient client;

    @BeforeEach
    void setUp() {
        client = new UmfTestClient(sandbox.sandbox());
        client.authenticate();
    }

    @Test
    void enterpriseIsRegisteredDisabledAndEnabledOnceUmfCheckedTheDocuments() {
        String external = unique("E");
        ObjectNode request = JSON.createObjectNode();
        request.putObject("enterprise_qualification").put("external_enterprise_id", external)
                .put("enterprise_name", "华西电子商务有限公司").put("enterprise_phone", "13241359611")
                .put("enterprise_email", "fengjian@umpay.com").put("enterprise_contact", "FengJian1")
                .put("busi_type", "GFHG").put("enterprise_code", "90000331");

        UmfTestClient.Response registered = client.post("/enterprise_qualification", request.toString());
        String self = registered.link("self");
        String id = self.substring(self.lastIndexOf('/') + 1);
        JsonNode before = client.get("/enterprise_qualification/" + id).json().path("enterprise_qualification");
        sandbox.sandbox().trade().enterprises().enable(id);
        JsonNode after = client.get("/enterprise_qualification/" + id).json().path("enterprise_qualification");
        UmfTestClient.Response again = client.post("/enterprise_qualification", request.toString());

        assertThat(registered.retCode()).as(registered.toString()).isEqualTo("0000");
        assertThat(registered.json().path("enterprise_qualification")).isEqualTo(request.path("enterprise_qualification"));
        assertThat(id).startsWith("EQ_");
        assertThat(before.path("enterprise_status").asText()).isEqualTo("DISABLE");
        assertThat(before.path("external_enterprise_id").asText()).isEqualTo(external);
        assertThat(after.path("enterprise_status").asText()).isEqualTo("ENABLE");
        assertThat(again.retCode()).isEqualTo("00131074");
        assertThat(client.get("/enterprise_qualification/EQ_UNKNOWN").status()).isEqualTo(404);
    }

    @Test
    void qualificationReportIsQueriedDecryptedAndApprovedByTheBank() {
        String custCode = unique("C");
        UmfTestClient.Response unknown = client.post("/query_enterprise_id", query(custCode, "Kowloon Trading"));
        UmfTestClient.Response reported = client.post("/send_enterprise_qualification", qualification(custCode));
        JsonNode pending = client.post("/query_enterprise_id", query(custCode, "Kowloon Trading")).json()
                .path("query_enterprise_id");
        sandbox.sandbox().trade().enterprises().approveQualification(custCode);
        JsonNode approved = client.post("/query_enterprise_id", query(custCode, "Kowloon Trading")).json()
                .path("query_enterprise_id");

        assertThat(unknown.retCode()).isEqualTo("00060700");
        assertThat(reported.retCode()).as(reported.toString()).isEqualTo("0000");
        assertThat(reported.json().size()).as("meta only").isEqualTo(1);
        assertThat(pending.path("status").asText()).isEqualTo("0");
        assertThat(pending.path("cust_code").asText()).isEqualTo(custCode);
        assertThat(pending.path("cert_num").asText()).isEqualTo(ID_CARD);
        assertThat(approved.path("status").asText()).isEqualTo("1");
    }

    @Test
    void qualificationWithPlaintextOrABadIdentityNumberIsRefused() {
        ObjectNode plaintext = (ObjectNode) tree(qualification(unique("C")));
        plaintext.put("cust_code", "not encrypted");
        ObjectNode badId = (ObjectNode) tree(qualification(unique("C")));
        badId.put("cert_num", client.enc("110105194912310021"));

        assertThat(client.post("/send_enterprise_qualification", plaintext.toString()).retCode()).isEqualTo("00060700");
        assertThat(client.post("/send_enterprise_qualification", badId.toString()).retCode()).isEqualTo("00202009");
    }

    @Test
    void b2bPaymentNeedsQualificationPayeeAndDetailsBeforeConfirmationAndIsThenQueried() {
        String batch = unique("B");
        String account = unique("6222");
        String detail = b2bDetail(batch, unique("O"), "100.25");
        client.post("/send_enterprise_qualification", qualification(unique("C")));

        UmfTestClient.Response noDetails = client.post("/send_b2b_order", b2bConfirm(batch, account, "100.25"));
        assertThat(client.post("/send_b2bouter_order_detail", detail).retCode()).isEqualTo("0000");
        assertThat(client.post("/send_b2bouter_order_detail", detail).retCode()).isEqualTo("00280074");
        assertThat(client.post("/send_b2bouter_order_detail", b2bDetail(batch, unique("O"), "50.00")).retCode())
                .isEqualTo("0000");
        UmfTestClient.Response noPayee = client.post("/send_b2b_order", b2bConfirm(batch, account, "150.25"));
        assertThat(client.post("/send_payee_infor", payee(account, "Bank Corporation")).retCode()).isEqualTo("0000");
        UmfTestClient.Response samePayee = client.post("/send_payee_infor", payee(account, "Bank Corporation"));
        UmfTestClient.Response wrongAmount = client.post("/send_b2b_order", b2bConfirm(batch, account, "100.25"));
        UmfTestClient.Response confirmed = client.post("/send_b2b_order", b2bConfirm(batch, account, "150.25"));
        UmfTestClient.Response twice = client.post("/send_b2b_order", b2bConfirm(batch, account, "150.25"));
        UmfTestClient.Response late = client.post("/send_b2bouter_order_detail", b2bDetail(batch, unique("O"), "1.00"));

        assertThat(noDetails.retCode()).isEqualTo("00280077");
        assertThat(noPayee.retCode()).isEqualTo("00280078");
        assertThat(samePayee.retCode()).isEqualTo("00280071");
        assertThat(wrongAmount.retCode()).isEqualTo("00280079");
        assertThat(confirmed.retCode()).as(confirmed.toString()).isEqualTo("0000");
        assertThat(twice.retCode()).isEqualTo("00280086");
        assertThat(late.retCode()).isEqualTo("00280086");
        String self = confirmed.link("self");
        assertThat(self).endsWith("/query_order");
        String paymentId = self.split("/")[self.split("/").length - 2];
        JsonNode order = client.get("/" + paymentId + "/query_order").json().path("query_order");
        assertThat(order.path("pay_amt").asText()).isEqualTo("150.25");
        assertThat(order.path("currency").asText()).isEqualTo("USD");
        assertThat(order.path("payee_account").asText()).isEqualTo(account);
        assertThat(order.path("payee_name").asText()).isEqualTo("Bank Corporation");
        assertThat(client.get("/PAY_UNKNOWN/query_order").retCode()).isEqualTo("00280085");
        assertThat(client.get("/" + paymentId + "/query_payment_status").retCode())
                .as("a B2B payment is not a remittance").isEqualTo("00280085");
    }

    @Test
    void b2bOrderDetailsBeforeAnyQualificationReportAreRefused() {
        try (UmfSandbox fresh = UmfSandbox.builder().build().start()) {
            UmfTestClient freshClient = new UmfTestClient(fresh);
            freshClient.authenticate();

            UmfTestClient.Response refused = freshClient.post("/send_b2bouter_order_detail",
                    b2bDetail(unique("B"), unique("O"), "1.00"));

            assertThat(refused.retCode()).isEqualTo("00280073");
            assertThat(refused.retMsg()).contains("send_enterprise_qualification");
        }
    }

    @Test
    void payeeWhoseNameAndAddressExceed130CharactersIsRefused() {
        ObjectNode payee = (ObjectNode) tree(payee(unique("6222"), "N".repeat(70)));
        payee.put("payee_address", client.enc("A".repeat(60)));

        assertThat(client.post("/send_payee_infor", payee.toString()).retCode()).isEqualTo("00280070");
    }

    @Test
    void remittanceChecksEachOrderDetailAndConfirmsTheBatchsSum() {
        String batch = unique("R");
        String account = unique("6222");
        client.post("/send_payee_infor", payee(account, "Levi Strauss"));

        UmfTestClient.Response first = client.post("/send_order_item", orderItem(batch, unique("O"), "120", "2",
                "240", ID_CARD));
        UmfTestClient.Response second = client.post("/send_order_item", orderItem(batch, unique("O"), "10.5", "2",
                "21.00", ID_CARD));
        UmfTestClient.Response badProduct = client.post("/send_order_item", orderItem(batch, unique("O"), "120",
                "2", "241", ID_CARD));
        UmfTestClient.Response badId = client.post("/send_order_item", orderItem(batch, unique("O"), "1", "1", "1",
                "110105194912310021"));
        UmfTestClient.Response unknownBatch = client.post("/confirm_payment", remittanceConfirm(unique("R"), account,
                "261"));
        UmfTestClient.Response confirmed = client.post("/confirm_payment", remittanceConfirm(batch, account, "261"));

        assertThat(first.retCode()).as(first.toString()).isEqualTo("0000");
        assertThat(second.retCode()).isEqualTo("0000");
        assertThat(badProduct.retCode()).isEqualTo("00280073");
        assertThat(badId.retCode()).isEqualTo("00280073");
        assertThat(unknownBatch.retCode()).isEqualTo("00280077");
        assertThat(confirmed.retCode()).as(confirmed.toString()).isEqualTo("0000");
        String self = confirmed.link("self");
        String paymentId = self.split("/")[self.split("/").length - 2];
        JsonNode status = client.get("/" + paymentId + "/query_payment_status").json();
        assertThat(status.path("pay_res").path("exchange_rate").asText()).isEqualTo("7.0156");
        assertThat(status.path("pay_res").has("transfer_fee")).isTrue();
        assertThat(client.get("/PAY_UNKNOWN/query_payment_status").retCode()).isEqualTo("00280085");
    }

    @Test
    void tuitionOrderNeedsAnIssuedFilePathIsUniqueAndIsApproved() {
        String filePath = sandbox.sandbox().trade().tuition().issueFilePath("offer.pdf");
        String orderId = unique("T");

        UmfTestClient.Response unknownFile = client.post("/send_order_item_by_file",
                tuitionOrder(orderId, "FILE_PATH_ABCDEFGHIJ"));
        UmfTestClient.Response ordered = client.post("/send_order_item_by_file", tuitionOrder(orderId, filePath));
        UmfTestClient.Response duplicate = client.post("/send_order_item_by_file", tuitionOrder(orderId, filePath));
        String self = ordered.link("self");
        String paymentId = self.split("/")[self.split("/").length - 2];
        JsonNode before = client.get("/" + paymentId + "/query_payment_order").json().path("pay_query_order");
        sandbox.sandbox().trade().tuition().approve(paymentId, "approved");
        JsonNode after = client.get("/" + paymentId + "/query_payment_order").json().path("pay_query_order");

        assertThat(unknownFile.retCode()).isEqualTo("00060700");
        assertThat(ordered.retCode()).as(ordered.toString()).isEqualTo("0000");
        assertThat(self).endsWith("/query_payment_order");
        assertThat(duplicate.retCode()).isEqualTo("00131074");
        assertThat(before.path("mer_orderid").asText()).isEqualTo(orderId);
        assertThat(before.path("oper_status").asText()).isEqualTo("0");
        assertThat(after.path("verify_status").asText()).isEqualTo("201");
        assertThat(after.path("oper_status").asText()).isEqualTo("1");
        assertThat(client.get("/PAY_UNKNOWN/query_payment_order").retCode()).isEqualTo("00280077");
    }

    private static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String qualification(String custCode) {
        ObjectNode body = JSON.createObjectNode();
        body.put("cust_code", client.enc(custCode)).put("cust_name", client.enc("Kowloon Trading"))
                .put("area_code", "110000").put("country_code", "HKG")
                .put("cust_addr", client.enc("Kowloon Village, Hong Kong")).put("industry_code", "0105")
                .put("attr_code", "120").put("is_tax_free", "N").put("tax_free_code", "00")
                .put("rep_nm", client.enc("企联动")).put("cert_type", "1").put("cert_num", client.enc(ID_CARD))
                .put("phone", client.enc("18435859788")).put("cont_aact", client.enc("Chan"))
                .put("company_phone", client.enc("85212345678"));
        return body.toString();
    }

    private String query(String custCode, String custName) {
        return JSON.createObjectNode().put("cust_code", client.enc(custCode)).put("cust_name", client.enc(custName))
                .toString();
    }

    private String payee(String account, String name) {
        return JSON.createObjectNode().put("payee_account", client.enc(account)).put("payee_name", client.enc(name))
                .put("payee_address", client.enc("1 Queen's Road, Hong Kong"))
                .put("payee_swift", client.enc("HSBCHKHHXXX")).put("iban", client.enc("HK0012345678"))
                .put("payee_bank_name", "石景山分行").put("payee_bank_address", "中国-银行").put("payee_country", "USA")
                .toString();
    }

    private static String b2bDetail(String batch, String orderId, String amount) {
        return JSON.createObjectNode().put("mer_batchno", batch).put("mer_orderId", orderId)
                .put("contract_no", "08241751").put("contract_date", "20201020").put("business_code", "01122030")
                .put("val_pattern", "FOREIGN_VALUATION").put("currency", "USD").put("Damount", amount)
                .put("order_sub_type", "4").put("logistics_no", "0824175129019104").toString();
    }

    private String b2bConfirm(String batch, String account, String amount) {
        return JSON.createObjectNode().put("mer_batchno", batch).put("payee_account", client.enc(account))
                .put("business_code", "01122030").put("currency", "USD").put("val_pattern", "FOREIGN_VALUATION")
                .put("remit_information", "success").put("Oamount", amount).put("cost_way", "UN_FULL_AMOUNT")
                .toString();
    }

    private String orderItem(String batch, String orderId, String price, String count, String amount, String id) {
        return JSON.createObjectNode().put("mer_batchno", batch).put("business_code", "01122030")
                .put("currency", "USD").put("mer_orderId", orderId).put("goods_type", "FOOD")
                .put("goods_name", "Levi's").put("goods_unitPrice", price).put("goods_sum", count)
                .put("Damount", amount).put("payer_name", client.enc("张三")).put("payer_IDCard", client.enc(id))
                .put("payer_phone", "13131313131").put("order_time", "2020-10-14 15:06:14")
                .put("pay_time", "2020-10-14 18:01:08").put("val_pattern", "CNY_VALUATION")
                .put("logistics_no", "1014180108436103").toString();
    }

    private String remittanceConfirm(String batch, String account, String amount) {
        return JSON.createObjectNode().put("mer_batchno", batch).put("payee_account", client.enc(account))
                .put("val_pattern", "CNY_VALUATION").put("currency", "USD").put("Oamount", amount)
                .put("remit_information", "success").put("cost_way", "FULL_AMOUNT").put("business_code", "01122030")
                .toString();
    }

    private String tuitionOrder(String orderId, String filePath) {
        return JSON.createObjectNode().put("mer_order_id", orderId).put("trade_no", "USD210917031802000000009")
                .put("currency", "CNY").put("Oamount", "1000").put("payer_name", client.enc("张三"))
                .put("payer_id_card", client.enc(ID_CARD)).put("payer_phone", "15081972822")
                .put("pri_currency", "CNY").put("pri_amount", "15081").put("school_name", "北大")
                .put("school_address", "五道口").put("school_country", "中国").put("file_path", filePath).toString();
    }
}
