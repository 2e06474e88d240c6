package io.github.camelumf.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.UmfAmbiguousOutcomeException;
import io.github.camelumf.error.UmfDeclinedException;
import io.github.camelumf.error.UmfPendingOutcomeException;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.model.BusinessType;
import io.github.camelumf.model.InterfaceType;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.PaymentExecuteRequest;
import io.github.camelumf.model.PaymentMethod;
import io.github.camelumf.model.PaymentRequest;
import io.github.camelumf.model.PaymentState;
import io.github.camelumf.model.PaymentVerifyRequest;
import io.github.camelumf.model.WechatInAppWeb;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples of docs/user-guide.md, run against the sandbox. */
class UserGuideExamplesTest {

    @RegisterExtension
    static final UmfSandboxExtension SANDBOX = UmfSandboxExtension.create();

    private static final Path GUIDE = Path.of("..", "docs", "user-guide.md");
    private static final Path EXPECTED_LINK_REFS = Path.of("target", "user-guide-link-refs.md");
    private static final String LINK_REFS_START = "<!-- link-refs:start (UserGuideExamplesTest) -->\n";
    private static final String LINK_REFS_END = "<!-- link-refs:end -->";

    private final List<String> handled = new CopyOnWriteArrayList<>();
    private CamelContext camel;
    private ProducerTemplate template;

    @BeforeEach
    void startCamel() throws Exception {
        camel = new DefaultCamelContext();
        UmfComponent umf = new UmfComponent();
        DocsOrders.configureFor(SANDBOX, umf.getConfiguration());
        camel.addComponent("umf", umf);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::error-handling[]
                onException(UmfValidationException.class).handled(true)     // nothing was sent: fix the request
                    .log("invalid ${exception.field}: ${exception.rule}");
                onException(UmfDeclinedException.class).handled(true)       // card, code, funds, bank, risk, limits
                    .log("declined: ${exception.category} ${exception.retCode} ${exception.description}");
                onException(UmfAmbiguousOutcomeException.class, UmfPendingOutcomeException.class).handled(true)
                    .to("direct:recover");     // never repeat the POST blindly: see "After an ambiguous outcome"
                // end::error-handling[]
                from("direct:checkout").to("umf:payment/create");
                from("direct:recover").process(e -> handled.add("recover"));
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    @Test
    void jsonBodyIsSentLikeATypedOne() {
        String reference = DocsOrders.newReference();
        String today = DocsOrders.today();
        // tag::json-body[]
        String order = """
            {"payer": {"payment_method": "ALIPAY_SCAN", "interface_type": "SERVER_TO_SERVER", "business_type": "B2C",
                       "payer_info": {"phone": "13552105741"}},
             "order": {"mer_reference_id": "%s", "mer_date": "%s", "amount": {"total": "25.00", "currency": "CNY"},
                       "order_summary": "Tea", "expire_time": "360", "user_ip": "203.0.113.7",
                       "sub_orders": [{"mer_sub_reference_id": "%s", "trans_code": "01122030",
                                       "amount": {"total": "25.00", "currency": "CNY"}, "is_customs": "FALSE",
                                       "invoice_id": "INV-1",
                                       "items": [{"mer_item_id": "TEA-1", "type": "FOOD", "name": "green tea",
                                                  "quantity": "1", "description": "green tea",
                                                  "amount": {"total": "25.00", "currency": "CNY"}}]}]},
             "notify_url": "https://shop.example.com/umf/notify",
             "risk_info": {"trans_type": "02"}}
            """.formatted(reference, today, reference);
        Payment created = template.requestBody("umf:payment/create", order, Payment.class);
        // end::json-body[]

        assertThat(created.getState()).isEqualTo(PaymentState.WAIT_BUYER_PAY);
        assertThat(created.getPayer().getPayerInfo().getQrCodeScan().getQrCodeUrl()).startsWith("http");
    }

    @Test
    void withoutThrowExceptionOnFailureTheBodyIsUmfsAnswerAsAnObjectNode() {
        // tag::answer-as-json[]
        Exchange answer = template.request("umf:payment/get?throwExceptionOnFailure=false",
            e -> e.getMessage().setHeader(UmfConstants.PAYMENT_ID, "PAY_NOT_KNOWN_TO_UMF"));

        String retCode = answer.getMessage().getHeader(UmfConstants.RET_CODE, String.class);   // not 0000
        ObjectNode json = answer.getMessage().getBody(ObjectNode.class);                       // UMF's whole answer
        String retMsg = json.path("meta").path("ret_msg").asText();
        // end::answer-as-json[]

        assertThat(answer.getException()).isNull();
        assertThat(answer.getMessage().getBody()).isInstanceOf(ObjectNode.class);
        assertThat(retCode).isNotEqualTo("0000").isEqualTo(json.path("meta").path("ret_code").asText());
        assertThat(retMsg).isNotBlank();
    }

    @Test
    void declinedPaymentIsHandledByTheErrorHandler() {
        SANDBOX.faults().nextCalls(1).onMethod("POST").onPath("/payments/payment").respondRetCode("00060550");

        Exchange exchange = template.request("direct:checkout", e -> e.getMessage().setBody(
                DocsOrders.payment(PaymentMethod.WECHAT_SCAN, InterfaceType.SERVER_TO_SERVER, BusinessType.B2C,
                        DocsOrders.newReference(), "https://shop.example.com/umf/notify")));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getProperty(Exchange.EXCEPTION_CAUGHT)).isInstanceOf(UmfDeclinedException.class);
        assertThat(handled).isEmpty();
    }

    @Test
    void ambiguousOutcomeGoesToTheRecoveryRoute() {
        SANDBOX.faults().nextCalls(1).onMethod("POST").onPath("/payments/payment").dropConnectionAfterRequest(true);

        Exchange exchange = template.request("direct:checkout", e -> e.getMessage().setBody(
                DocsOrders.payment(PaymentMethod.WECHAT_SCAN, InterfaceType.SERVER_TO_SERVER, BusinessType.B2C,
                        DocsOrders.newReference(), "https://shop.example.com/umf/notify")));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getProperty(Exchange.EXCEPTION_CAUGHT)).isInstanceOf(UmfAmbiguousOutcomeException.class);
        assertThat(handled).containsExactly("recover");
    }

    /**
     * The table of link refs per payment method in the user guide is what the sandbox answers (it follows the
     * reference's examples). On drift the expected table is written to target/user-guide-link-refs.md.
     */
    @Test
    void linkRefsTableOfTheUserGuideIsWhatTheAnswersCarry() throws Exception {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        String cardId = create(PaymentMethod.CREDIT_CARD, InterfaceType.SERVER_TO_SERVER, BusinessType.B2C, rows,
                "`CREDIT_CARD`, `DEBIT_CARD` / `SERVER_TO_SERVER`: created");
        create(PaymentMethod.DEBIT_CARD, InterfaceType.SERVER_TO_SERVER, BusinessType.B2C, rows,
                "`CREDIT_CARD`, `DEBIT_CARD` / `SERVER_TO_SERVER`: created");
        Exchange verified = template.request("umf:payment/verify", e -> {
            e.getMessage().setBody(PaymentVerifyRequest.of(DocsOrders.card(null)));
            e.getMessage().setHeader(UmfConstants.PAYMENT_ID, cardId);
        });
        put(rows, "card payment after `payment/verify`", verified);
        Exchange executed = template.request("umf:payment/execute", e -> {
            e.getMessage().setBody(PaymentExecuteRequest.of(DocsOrders.card(SANDBOX.smsCode(cardId))));
            e.getMessage().setHeader(UmfConstants.PAYMENT_ID, cardId);
        });
        assertThat(executed.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("TRADE_SUCCESS");
        put(rows, "card payment after `payment/execute` (`TRADE_SUCCESS`)", executed);
        for (PaymentMethod method : List.of(PaymentMethod.WECHAT_SCAN, PaymentMethod.ALIPAY_SCAN,
                PaymentMethod.WECHAT_IN_APP, PaymentMethod.WECHAT_WEB, PaymentMethod.WECHAT_H5)) {
            create(method, InterfaceType.SERVER_TO_SERVER, BusinessType.B2C, rows, "`WECHAT_SCAN`, `ALIPAY_SCAN`,"
                   + " `WECHAT_IN_APP`, `WECHAT_WEB`, `WECHAT_H5` / `SERVER_TO_SERVER`: created");
        }
        create(PaymentMethod.NOT_APPLICABLE, InterfaceType.SERVER_TO_WEB, BusinessType.B2C, rows,
                "`NOT_APPLICABLE` / `SERVER_TO_WEB`, `SERVER_TO_H5WEB` (UMF cashier page): created");
        create(PaymentMethod.NOT_APPLICABLE, InterfaceType.SERVER_TO_H5WEB, BusinessType.B2C, rows,
                "`NOT_APPLICABLE` / `SERVER_TO_WEB`, `SERVER_TO_H5WEB` (UMF cashier page): created");
        String bankId = create(PaymentMethod.NOT_APPLICABLE, InterfaceType.DIRECT_TO_BANK, BusinessType.B2C, rows,
                "`NOT_APPLICABLE` / `DIRECT_TO_BANK`, B2C (bank page): created");
        create(PaymentMethod.NOT_APPLICABLE, InterfaceType.DIRECT_TO_BANK, BusinessType.B2B, rows,
                "`NOT_APPLICABLE` / `DIRECT_TO_BANK`, B2B (bank page): created");
        SANDBOX.completePayment(bankId);
        Exchange paid = template.request("umf:payment/get", e -> e.getMessage().setHeader(UmfConstants.PAYMENT_ID, bankId));
        assertThat(paid.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("TRADE_SUCCESS");
        put(rows, "`payment/get`, in any state (section 3.9 shows no links)", paid);

        StringBuilder expected = new StringBuilder(LINK_REFS_START)
                .append("| payment method / interface type: answer | refs in `CamelUmfLinks` |\n|---|---|\n");
        rows.forEach((row, refs) -> expected.append("| ").append(row).append(" | ")
                .append(refs.isEmpty() ? "none" : "`" + String.join("`, `", refs) + "`").append(" |\n"));
        expected.append(LINK_REFS_END);
        String guide = Files.readString(GUIDE);
        int start = guide.indexOf(LINK_REFS_START);
        int end = guide.indexOf(LINK_REFS_END);
        String actual = start < 0 || end < 0 ? "" : guide.substring(start, end + LINK_REFS_END.length());
        if (!actual.contentEquals(expected)) {
            Files.createDirectories(EXPECTED_LINK_REFS.getParent());
            Files.writeString(EXPECTED_LINK_REFS, expected);
        }
        assertThat(actual).as("docs/user-guide.md link refs table; expected text in camel-umf/%s", EXPECTED_LINK_REFS)
                .isEqualTo(expected.toString());
    }

    private String create(PaymentMethod method, InterfaceType type, BusinessType business,
                          Map<String, List<String>> rows, String row) {
        String reference = DocsOrders.newReference();
        PaymentRequest request = DocsOrders.payment(method, type, business, reference,
                "https://shop.example.com/umf/notify");
        if (method == PaymentMethod.WECHAT_WEB) {
            request.getPayer().getPayerInfo().withWechatInAppWeb(new WechatInAppWeb()
                    .withOpenId("oEufkwGogWxfOlYilVepVpX4sUcs")
                    .withCitizenIdType("IDENTITY_CARD").withCitizenIdNumber("110101199003071234"));
        }
        Exchange created = template.request("umf:payment/create", e -> e.getMessage().setBody(request));
        put(rows, row, created);
        return created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
    }

    private static void put(Map<String, List<String>> rows, String row, Exchange exchange) {
        assertThat(exchange.getException()).as(row).isNull();
        Map<?, ?> links = exchange.getMessage().getHeader(UmfConstants.LINKS, Map.class);
        List<String> refs = new ArrayList<>();
        links.keySet().forEach(ref -> refs.add(ref.toString()));
        List<String> before = rows.putIfAbsent(row, refs);
        if (before != null) {
            assertThat(refs).as("the same links for every method of the row %s", row).isEqualTo(before);
        }
    }
}
