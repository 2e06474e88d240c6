package io.github.camelumf.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fidelity: each reference sample request (fresh ids, *enc* fields encrypted for the sandbox) is sent to the
 * sandbox, and the answer's member tree (names, nesting, JSON types, link refs) must equal the reference's sample
 * answer of that section, except for the deliberate differences listed, each with its reason, in
 * {@code reference-samples/deliberate-differences.tsv}. A listed difference that no longer occurs fails too, so the
 * list stays true.
 * <p>
 * To cover another operation: copy its sample request and answer from the reference text into
 * {@code src/test/resources/reference-samples} ({@code <section>-<name>-request.json} / {@code -response.json})
 * and add one {@link FidelityCase} line to {@link #cases()}.
 */
class ReferenceFidelityTest {

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create();

    private static final Duration WAIT = Duration.ofSeconds(10);

    private UmfTestClient client;
    private NotificationReceiver merchant;

    /** One operation: the sample answer it is compared with and how the sandbox's answer is obtained. */
    record FidelityCase(String name, String sampleAnswer, Call call) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Obtains the sandbox's answer (or notification body) for a case. */
    @FunctionalInterface
    interface Call {
        JsonNode answer(ReferenceFidelityTest test);
    }

    static Stream<FidelityCase> cases() {
        return Stream.of(
                new FidelityCase("2.2 card payment create", "2.2-card-create-response.json",
                        t -> t.created("2.2-card-create-request.json")),
                new FidelityCase("3.5 payment create", "3.5-create-response.json",
                        t -> t.created("3.5-create-request.json")),
                new FidelityCase("2.3 WeChat QR create", "2.3-wechat-qr-response.json",
                        t -> t.lenient(() -> t.created("2.3-wechat-qr-request.json"))),
                new FidelityCase("2.3 Alipay QR create", "2.3-alipay-qr-response.json",
                        t -> t.created("2.3-alipay-qr-request.json")),
                new FidelityCase("2.5 WeChat web create", "2.5-wechat-web-response.json",
                        t -> t.created("2.5-wechat-web-request.json")),
                // 2.4's sample request is not valid JSON as printed: its answer is compared with 2.5's request
                new FidelityCase("2.4 WeChat web (merchant account) create", "2.4-wechat-web-response.json",
                        t -> t.created("2.5-wechat-web-request.json")),
                new FidelityCase("2.6 WeChat in-app create refused by the bank", "2.6-wechat-in-app-response.json",
                        t -> t.bankFailure("2.6-wechat-in-app-request.json")),
                new FidelityCase("2.8 WeChat H5 create", "2.8-wechat-h5-response.json",
                        t -> t.lenient(() -> t.created("2.8-wechat-h5-request.json"))),
                new FidelityCase("2.10 direct to bank create", "2.10-direct-to-bank-response.json",
                        t -> t.created("2.10-direct-to-bank-request.json")),
                new FidelityCase("2.13 UMF web pay create", "2.13-web-pay-response.json",
                        t -> t.created("2.13-web-pay-request.json")),
                new FidelityCase("4.3 B2B create", "4.3-b2b-response.json",
                        t -> t.created("4.3-b2b-request.json")),
                new FidelityCase("3.6 SMS verification", "3.6-verify-response.json", ReferenceFidelityTest::verified),
                new FidelityCase("3.7 execute", "3.7-execute-response.json", ReferenceFidelityTest::executed),
                new FidelityCase("2.2 SMS verification without agreement",
                        "2.2-verify-without-agreement-response.json",
                        t -> t.verify(t.cardPayment(null).path("id").asText(),
                                "2.2-verify-without-agreement-request.json")),
                new FidelityCase("2.2 execute without agreement", "2.2-execute-without-agreement-response.json",
                        t -> t.executedWithoutAgreement()),
                new FidelityCase("3.8 payment result notification", "3.8-notification.json",
                        ReferenceFidelityTest::paymentNotification),
                new FidelityCase("3.9 payment query", "3.9-query-response.json", ReferenceFidelityTest::queried),
                new FidelityCase("3.10 refund", "3.10-refund-response.json", t -> t.refund("refund",
                        "3.10-refund-request.json")),
                new FidelityCase("3.11 asynchronous refund", "3.11-async-refund-response.json",
                        t -> t.refund("asynchronous_refund", "3.11-async-refund-request.json")),
                new FidelityCase("3.12 refund query", "3.12-refund-query-response.json",
                        ReferenceFidelityTest::refundQueried),
                new FidelityCase("3.13 payment and refunds query", "3.13-payment-refunds-response.json",
                        ReferenceFidelityTest::paymentWithRefunds),
                new FidelityCase("3.49 refund result notification", "3.49-refund-notification.json",
                        ReferenceFidelityTest::refundNotification),
                new FidelityCase("3.1 banks", "3.1-banks-response.json", t -> t.ok(t.client.get("/bank?type=CREDIT_CARD"))),
                new FidelityCase("3.2 card BIN", "3.2-cardbin-response.json", t -> t.ok(t.client.get(
                        "/bank/cardbin?card=" + URLEncoder.encode(t.client.enc("6225880112345678"),
                                StandardCharsets.UTF_8)))),
                new FidelityCase("3.4 exchange rate", "3.4-exchange-rate-response.json",
                        t -> t.ok(t.client.get("/exchange_rate?currency=USD"))),
                new FidelityCase("3.34 refundable balance", "3.34-balance-response.json",
                        t -> t.ok(t.client.get("/payments/payment/self_account_balance"))),
                new FidelityCase("3.58 tracking number update", "3.58-update-express-response.json",
                        ReferenceFidelityTest::expressUpdated),
                new FidelityCase("3.47 refund by order reference", "3.47-refund-by-order-response.json",
                        t -> t.refundedByOrder(Payloads.merReferenceId())),
                new FidelityCase("3.48 refund query by merchant refund id", "3.48-refund-query-response.json",
                        ReferenceFidelityTest::refundQueriedByMerchantId),
                new FidelityCase("3.16 customs declaration", "3.16-customs-response.json",
                        t -> t.customsApplied(t.paid(null))),
                new FidelityCase("3.17 customs declaration query", "3.17-customs-query-response.json",
                        ReferenceFidelityTest::customsQueried),
                new FidelityCase("3.50 customs declaration by order", "3.50-customs-by-order-response.json",
                        t -> t.customsAppliedByOrder(t.paid(null))),
                new FidelityCase("3.51 customs declaration query by order",
                        "3.51-customs-query-by-order-response.json", ReferenceFidelityTest::customsQueriedByOrder),
                new FidelityCase("3.18 CIQ declaration", "3.18-ciq-response.json",
                        t -> t.ciqApplied(t.paid(null))),
                new FidelityCase("3.19 CIQ declaration query", "3.19-ciq-query-response.json",
                        ReferenceFidelityTest::ciqQueried),
                new FidelityCase("3.52 CIQ declaration by order", "3.52-ciq-by-order-response.json",
                        ReferenceFidelityTest::ciqAppliedByOrder),
                new FidelityCase("3.54 declaration resent", "3.54-declare-again-response.json",
                        ReferenceFidelityTest::declarationResent),
                new FidelityCase("3.3 WeChat open_id link", "3.3-wechat-openid-response.json",
                        t -> t.ok(t.client.get("/payments/wechat_openid?notify_url=" + URLEncoder.encode(
                                "https://dev.restdemo.umftech.com/restdemo/demo/notifyResultRest",
                                StandardCharsets.UTF_8)))),
                new FidelityCase("3.55 binding SMS code", "3.55-bind-sms-code-response.json",
                        t -> t.bindingSmsCode(t.customer())),
                new FidelityCase("3.56 binding confirmation", "3.56-bind-confirm-response.json",
                        t -> t.bound(t.customer())),
                new FidelityCase("3.14 agreement query", "3.14-agreement-query-response.json",
                        ReferenceFidelityTest::agreementsQueried),
                new FidelityCase("3.15 agreement unbind", "3.15-agreement-unbind-response.json",
                        t -> t.unbound("/agreement/unbundling", "3.15-agreement-unbind-request.json")),
                new FidelityCase("3.57 bank agreement unbind", "3.57-bank-agreement-unbind-response.json",
                        t -> t.unbound("/bank_agreement/unbind", "3.57-bank-agreement-unbind-request.json")));
    }

    @BeforeEach
    void setUp() throws Exception {
        client = new UmfTestClient(sandbox.sandbox());
        client.authenticate();
        merchant = new NotificationReceiver();
    }

    @AfterEach
    void tearDown() {
        merchant.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answerHasTheMemberTreeOfTheReferenceSample(FidelityCase fidelityCase) {
        JsonNode answer = fidelityCase.call().answer(this);

        List<String> differences = MemberTree.differences(ReferenceSamples.tree(fidelityCase.sampleAnswer()), answer);

        DeliberateDifferences deliberate = DeliberateDifferences.load();
        List<String> unexplained = new ArrayList<>();
        Set<String> explainedPaths = new LinkedHashSet<>();
        for (String difference : differences) {
            if (deliberate.explains(fidelityCase.name(), MemberTree.pathOf(difference))) {
                explainedPaths.add(MemberTree.pathOf(difference));
            } else {
                unexplained.add(difference);
            }
        }
        assertThat(unexplained).as("differences from the reference sample of %s", fidelityCase).isEmpty();
        assertThat(explainedPaths).as("deliberate differences listed for %s that no longer occur", fidelityCase)
                .containsAll(deliberate.pathsOf(fidelityCase.name()));
    }

    @Test
    void everyDeliberateDifferenceNamesACaseAndGivesAReason() {
        Set<String> names = new LinkedHashSet<>();
        cases().forEach(c -> names.add(c.name()));
        for (DeliberateDifferences.Entry entry : DeliberateDifferences.load().entries()) {
            assertThat(entry.reason()).as(entry.toString()).hasSizeGreaterThan(20);
            if (!entry.caseName().equals("*")) {
                assertThat(names).as("case of " + entry).contains(entry.caseName());
            }
        }
    }

    // --- how each case obtains its answer ---

    private JsonNode ok(UmfTestClient.Response response) {
        assertThat(response.retCode()).as(response.toString()).isEqualTo("0000");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private JsonNode created(String sampleRequest) {
        return ok(client.post("/payments/payment", ReferenceSamples.prepared(sampleRequest, client)));
    }

    private JsonNode lenient(java.util.function.Supplier<JsonNode> call) {
        sandbox.sandbox().behaviour().lenientLengths(true);
        return call.get();
    }

    private JsonNode bankFailure(String sampleRequest) {
        sandbox.sandbox().faults().nextCalls(1).onMethod("POST").onPath("/payments/payment")
                .processThenRespondRetCode("00080557");
        UmfTestClient.Response response = client.post("/payments/payment",
                ReferenceSamples.prepared(sampleRequest, client));
        assertThat(response.retCode()).isEqualTo("00080557");
        assertThat(response.status()).isEqualTo(402);
        return response.json();
    }

    /** A DEBIT_CARD payment created from the 3.5 sample; returns the create answer. */
    private JsonNode cardPayment(String notifyUrl) {
        String request = ReferenceSamples.prepared("3.5-create-request.json", client);
        if (notifyUrl != null) {
            request = request.replace("http://10.10.38.49:2216/spay_rest/payments/test/mer", notifyUrl);
        }
        return ok(client.post("/payments/payment", request)).path("payment");
    }

    private JsonNode verified() {
        String id = cardPayment(null).path("id").asText();
        return verify(id);
    }

    private JsonNode verify(String id) {
        return verify(id, "3.6-verify-request.json");
    }

    private JsonNode verify(String id, String sampleRequest) {
        return ok(client.post("/payments/payment/" + id + "/verify",
                ReferenceSamples.prepared(sampleRequest, client)));
    }

    private JsonNode execute(String id) {
        return execute(id, "3.7-execute-request.json", "409387");
    }

    private JsonNode execute(String id, String sampleRequest, String sampleCode) {
        String request = ReferenceSamples.prepared(sampleRequest, client)
                .replace("\"" + sampleCode + "\"", "\"" + sandbox.smsCode(id) + "\"");
        return ok(client.post("/payments/payment/" + id + "/execute", request));
    }

    private JsonNode executedWithoutAgreement() {
        String id = cardPayment(null).path("id").asText();
        verify(id, "2.2-verify-without-agreement-request.json");
        return execute(id, "2.2-execute-without-agreement-request.json", "122766");
    }

    private JsonNode executed() {
        String id = cardPayment(null).path("id").asText();
        verify(id);
        return execute(id);
    }

    /** A paid card payment (3.5, 3.6, 3.7); returns its create answer's payment. */
    private JsonNode paid(String notifyUrl) {
        JsonNode payment = cardPayment(notifyUrl);
        verify(payment.path("id").asText());
        execute(payment.path("id").asText());
        return payment;
    }

    private JsonNode paymentNotification() {
        JsonNode payment = paid(merchant.url());
        sandbox.notifications().awaitAcknowledged(payment.path("id").asText(), WAIT);
        return merchant.received().get(0).json();
    }

    private JsonNode queried() {
        JsonNode created = created("2.5-wechat-web-request.json");
        return ok(client.get("/payments/payment/" + created.path("payment").path("id").asText()));
    }

    /** A refund sample sent for a paid payment, its sub-order pointed at the payment's sub-order. */
    private JsonNode refund(String operation, String sampleRequest, JsonNode payment) {
        String subReference = ReferenceSamples.subReferences(payment.path("order")).get(0);
        com.fasterxml.jackson.databind.node.ObjectNode request = (com.fasterxml.jackson.databind.node.ObjectNode)
                readTree(ReferenceSamples.prepared(sampleRequest, client));
        request.put("notify_url", merchant.url());
        for (JsonNode sub : request.path("refund_info").path("sub_orders")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) sub).put("mer_sub_reference_id", subReference);
        }
        return ok(client.post("/payments/payment/" + payment.path("id").asText() + "/" + operation,
                request.toString()));
    }

    private JsonNode refund(String operation, String sampleRequest) {
        return refund(operation, sampleRequest, paid(null));
    }

    private JsonNode refundQueried() {
        JsonNode refund = refund("refund", "3.10-refund-request.json");
        return ok(client.get("/payments/refund/" + refund.path("refund").path("id").asText()));
    }

    private JsonNode paymentWithRefunds() {
        JsonNode payment = paid(null);
        refund("refund", "3.10-refund-request.json", payment);
        refund("asynchronous_refund", "3.11-async-refund-request.json", payment);
        return ok(client.get("/payments/payment/" + payment.path("id").asText() + "/self_payment_refund"));
    }

    private JsonNode refundNotification() {
        JsonNode refund = refund("asynchronous_refund", "3.11-async-refund-request.json");
        String refundId = refund.path("refund").path("id").asText();
        sandbox.completeRefund(refundId);
        sandbox.notifications().awaitAcknowledged(refundId, WAIT);
        return merchant.received().get(merchant.received().size() - 1).json();
    }

    private JsonNode expressUpdated() {
        JsonNode payment = paid(null);
        com.fasterxml.jackson.databind.node.ObjectNode request =
                ReferenceSamples.tree("3.58-update-express-request.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) request.path("order").path("sub_orders").get(0))
                .put("mer_sub_reference_id", ReferenceSamples.subReferences(payment.path("order")).get(0));
        return ok(client.post("/payments/payment/" + payment.path("id").asText() + "/update_express_info",
                request.toString()));
    }

    /** The 3.47 sample sent for a paid payment: its order reference, date, sub-order, trans_code and amounts. */
    private JsonNode refundedByOrder(String merRefundId) {
        JsonNode order = paid(null).path("order");
        JsonNode paidSub = order.path("sub_orders").get(0);
        com.fasterxml.jackson.databind.node.ObjectNode request =
                ReferenceSamples.tree("3.47-refund-by-order-request.json");
        request.put("notify_url", merchant.url());
        request.put("mer_refund_id", merRefundId);
        com.fasterxml.jackson.databind.node.ObjectNode info =
                (com.fasterxml.jackson.databind.node.ObjectNode) request.path("refund_info");
        info.put("mer_reference_id", order.path("mer_reference_id").asText());
        info.put("mer_date", order.path("mer_date").asText());
        ((com.fasterxml.jackson.databind.node.ObjectNode) info.path("amount")).put("total", "0.01");
        com.fasterxml.jackson.databind.node.ObjectNode sub =
                (com.fasterxml.jackson.databind.node.ObjectNode) info.path("sub_orders").get(0);
        sub.put("mer_sub_reference_id", paidSub.path("mer_sub_reference_id").asText());
        sub.put("trans_code", paidSub.path("trans_code").asText());
        ((com.fasterxml.jackson.databind.node.ObjectNode) sub.path("amount")).put("total", "0.01");
        return ok(client.post("/payments/payment/asy_refund", request.toString()));
    }

    private JsonNode refundQueriedByMerchantId() {
        String merRefundId = Payloads.merReferenceId();
        refundedByOrder(merRefundId);
        com.fasterxml.jackson.databind.node.ObjectNode request =
                ReferenceSamples.tree("3.48-refund-query-request.json");
        request.put("mer_refund_id", merRefundId);
        return ok(client.post("/payments/refund/refund_query", request.toString()));
    }

    // --- customs and CIQ (3.16-3.19, 3.50-3.54): a paid 3.5 payment whose sub-order is declared ---

    private static String subOf(JsonNode payment) {
        return ReferenceSamples.subReferences(payment.path("order")).get(0);
    }

    /** A customs sample request pointed at the payment's sub-order, its amounts the paid ones. */
    private com.fasterxml.jackson.databind.node.ObjectNode customsRequest(String sample, JsonNode payment) {
        com.fasterxml.jackson.databind.node.ObjectNode request = ReferenceSamples.tree(sample);
        request.put("customs_id", "HZHG");
        request.put("notify_url", merchant.url());
        com.fasterxml.jackson.databind.node.ObjectNode sub =
                (com.fasterxml.jackson.databind.node.ObjectNode) request.path("sub_order");
        sub.put("mer_sub_reference_id", subOf(payment));
        sub.putArray("items").addObject().put("mer_item_id", payment.path("order").path("sub_orders").get(0)
                .path("items").get(0).path("mer_item_id").asText());
        for (String amount : new String[] {"freight_amount", "tax_amount"}) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) request.path(amount)).put("total", "0.00")
                    .put("total_cny", "0.00").put("currency", "CNY");
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) request.path("sub_order_amount")).put("total", "0.02")
                .put("total_cny", "0.02").put("currency", "CNY");
        if (request.has("mer_date")) {
            request.put("mer_date", payment.path("order").path("mer_date").asText());
        }
        return request;
    }

    private JsonNode customsApplied(JsonNode payment) {
        return ok(client.post("/payments/payment/" + payment.path("id").asText() + "/apply_to_customs",
                customsRequest("3.16-customs-request.json", payment).toString()));
    }

    private JsonNode customsQueried() {
        String id = customsApplied(paid(null)).path("customs_declarations").get(0).path("id").asText();
        sandbox.completeDeclaration(id);
        return ok(client.get("/payments/customs_declarations/" + id));
    }

    private JsonNode customsAppliedByOrder(JsonNode payment) {
        return ok(client.post("/payments/payment/apply_customs",
                customsRequest("3.50-customs-by-order-request.json", payment).toString()));
    }

    /** A by-order sample request (3.51, 3.52) pointed at the payment's sub-order and date. */
    private static String byOrderRequest(String sample, JsonNode payment) {
        com.fasterxml.jackson.databind.node.ObjectNode request = ReferenceSamples.tree(sample);
        ((com.fasterxml.jackson.databind.node.ObjectNode) request.path("sub_order"))
                .put("mer_sub_reference_id", subOf(payment));
        request.put("mer_date", payment.path("order").path("mer_date").asText());
        return request.toString();
    }

    private JsonNode customsQueriedByOrder() {
        JsonNode payment = paid(null);
        customsAppliedByOrder(payment);
        sandbox.completeDeclaration(sandbox.declarationId(subOf(payment), false));
        return ok(client.post("/payments/payment/customs_query",
                byOrderRequest("3.51-customs-query-by-order-request.json", payment)));
    }

    private JsonNode ciqApplied(JsonNode payment) {
        customsApplied(payment);
        com.fasterxml.jackson.databind.node.ObjectNode request = ReferenceSamples.tree("3.18-ciq-request.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) request.path("sub_order"))
                .put("mer_sub_reference_id", subOf(payment));
        return ok(client.post("/payments/payment/" + payment.path("id").asText() + "/apply_to_ciq",
                request.toString()));
    }

    private JsonNode ciqQueried() {
        String id = ciqApplied(paid(null)).path("ciq_declarations").path("id").asText();
        sandbox.completeDeclaration(id);
        return ok(client.get("/payments/ciq_declarations/" + id));
    }

    private JsonNode ciqAppliedByOrder() {
        JsonNode payment = paid(null);
        customsAppliedByOrder(payment);
        return ok(client.post("/payments/payment/apply_to_ciq",
                byOrderRequest("3.52-ciq-by-order-request.json", payment)));
    }

    private JsonNode declarationResent() {
        JsonNode payment = paid(null);
        String id = customsApplied(payment).path("customs_declarations").get(0).path("id").asText();
        sandbox.failDeclaration(id);
        com.fasterxml.jackson.databind.node.ObjectNode request =
                ReferenceSamples.tree("3.54-declare-again-request.json");
        request.put("mer_reference_id", subOf(payment));
        return ok(client.post("/declare_again", request.toString()));
    }

    // --- card binding (3.14, 3.15, 3.55-3.57): a debit card bound for a fresh external customer ---

    private static final java.util.concurrent.atomic.AtomicLong CUSTOMERS =
            new java.util.concurrent.atomic.AtomicLong(System.nanoTime() % 1_000_000_000L);

    private String customer() {
        return "F" + CUSTOMERS.incrementAndGet();
    }

    /** A binding sample request (3.55, 3.56) for the customer, its *enc* members encrypting test values. */
    private com.fasterxml.jackson.databind.node.ObjectNode bindingRequest(String sample, String who) {
        com.fasterxml.jackson.databind.node.ObjectNode request = ReferenceSamples.tree(sample);
        request.put("external_customer_id", who);
        ((com.fasterxml.jackson.databind.node.ObjectNode) request.path("payer_info").path("bank_card"))
                .put("number", client.enc("6225881234567890"))
                .put("citizen_id_number", client.enc("370124197111250021"))
                .put("payer_name", client.enc("张三"));
        return request;
    }

    private JsonNode bindingSmsCode(String who) {
        return ok(client.post("/bind/get_smscode",
                bindingRequest("3.55-bind-sms-code-request.json", who).toString()));
    }

    private JsonNode bound(String who) {
        bindingSmsCode(who);
        com.fasterxml.jackson.databind.node.ObjectNode request = bindingRequest("3.56-bind-confirm-request.json", who);
        ((com.fasterxml.jackson.databind.node.ObjectNode) request.path("payer_info").path("bank_card"))
                .put("verify_code", sandbox.sandbox().bindingSmsCode(who));
        return ok(client.post("/bind/get_contract", request.toString()));
    }

    private JsonNode agreementsQueried() {
        String who = customer();
        bound(who);
        return ok(client.get("/agreement?external_customer_id=" + who));
    }

    private JsonNode unbound(String path, String sample) {
        String who = customer();
        JsonNode agreement = bound(who).path("payer_info").path("payer_agreement");
        com.fasterxml.jackson.databind.node.ObjectNode request = ReferenceSamples.tree(sample);
        request.put("external_customer_id", who);
        ((com.fasterxml.jackson.databind.node.ObjectNode) request.path("payer_agreements").get(0))
                .put("usr_pay_agreement_id", agreement.path("usr_pay_agreement_id").asText())
                .put("usr_busi_agreement_id", agreement.path("usr_busi_agreement_id").asText());
        return ok(client.post(path, request.toString()));
    }

    private static JsonNode readTree(String json) {
        try {
            return UmfTestClient.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
