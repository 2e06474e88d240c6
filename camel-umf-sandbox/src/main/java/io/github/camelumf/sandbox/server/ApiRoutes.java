package io.github.camelumf.sandbox.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.payment.ExpressService;
import io.github.camelumf.sandbox.payment.OrderRefundService;
import io.github.camelumf.sandbox.declaration.DeclarationService;
import io.github.camelumf.sandbox.agreement.BindingService;
import io.github.camelumf.sandbox.payment.PaymentService;
import io.github.camelumf.sandbox.payment.ReferenceDataService;
import io.github.camelumf.sandbox.payment.RefundService;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.JsonFields;
import io.github.camelumf.sandbox.rules.RetCode;
import io.github.camelumf.sandbox.security.FieldDecryptor;
import io.github.camelumf.sandbox.security.TokenRegistry;
import io.github.camelumf.sandbox.trade.TradeServices;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API operations the sandbox serves below {@code /cberest/v1}: method, path template, encrypted fields, action.
 * The component's tests check these routes against its operation catalog (paths and *enc* fields).
 */
public final class ApiRoutes {

    /** The token call's path. */
    public static final String TOKEN_PATH = "/oauth/authorize";

    /** What one call brings: path parameters, the JSON body (POST), decrypted *enc* fields, query parameters. */
    public record ApiCall(List<String> params, ObjectNode body, Map<String, String> decrypted,
                          Map<String, String> query) {
        String param(int index) {
            return params.get(index);
        }
    }

    /** The operation: returns the result members of the answer. */
    @FunctionalInterface
    public interface Action {
        ObjectNode apply(ApiCall call);
    }

    /** A download: returns the file to stream (statement files). */
    @FunctionalInterface
    public interface FileAction {
        io.github.camelumf.sandbox.statement.FileBody apply(ApiCall call);
    }

    /**
     * One operation: method, path template ({@code /payments/payment/{payment_id}/verify}), whether it is the token
     * call, the *enc* fields of the body and the encrypted query parameters (decrypted before the action), action.
     */
    public record Route(String method, String template, boolean tokenCall, List<String> encryptedFields,
                        List<String> encryptedQuery, Action action, FileAction fileAction) {

        /** The template's segments; {@code null} stands for a {@code {parameter}}. */
        List<String> segments() {
            List<String> segments = new ArrayList<>();
            for (String segment : template.substring(1).split("/", -1)) {
                segments.add(segment.startsWith("{") && segment.endsWith("}") ? null : segment);
            }
            return segments;
        }
    }

    /** A route matched for a call, with the path parameters. */
    public record Match(Route route, List<String> params) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final Set<Route> multipartRoutes = new java.util.HashSet<>();
    private final Set<Route> arrayAnswerRoutes = new java.util.HashSet<>();
    private final List<List<String>> segments = new ArrayList<>();

    public ApiRoutes(TokenRegistry tokens, PaymentService payments, RefundService refunds,
                     ReferenceDataService reference, OrderRefundService orderRefunds, ExpressService express,
                     DeclarationService declarations, BindingService bindings,
                     io.github.camelumf.sandbox.statement.StatementService statements, FieldDecryptor decryptor,
                     TradeServices trade) {
        post(TOKEN_PATH, true, List.of(), call -> token(tokens, call.body()));
        post("/payments/payment", false, FieldDecryptor.PAYMENT_FIELDS, call -> payments.create(call.body()));
        post("/payments/payment/{payment_id}/verify", false, FieldDecryptor.PAYMENT_FIELDS,
                call -> payments.verify(call.param(0), call.body(), call.decrypted()));
        post("/payments/payment/{payment_id}/execute", false, FieldDecryptor.PAYMENT_FIELDS,
                call -> payments.execute(call.param(0), call.body(), call.decrypted()));
        get("/payments/payment/self_account_balance", call -> reference.balance());
        get("/bank", call -> reference.banks(call.query().get("type")));
        add("GET", "/bank/cardbin", false, List.of(), List.of("card"),
                call -> reference.cardBin(call.decrypted().get("card")));
        get("/exchange_rate", call -> reference.exchangeRate(call.query().get("currency")));
        get("/payments/payment/{payment_id}/self_payment_refund", call -> payments.getWithRefunds(call.param(0)));
        get("/payments/payment/{payment_id}", call -> payments.get(call.param(0)));
        post("/payments/payment/{payment_id}/refund", false, List.of(),
                call -> refunds.refund(call.param(0), call.body(), false));
        post("/payments/payment/{payment_id}/asynchronous_refund", false, List.of(),
                call -> refunds.refund(call.param(0), call.body(), true));
        get("/payments/refund/{refund_id}", call -> refunds.get(call.param(0)));
        post("/payments/payment/{payment_id}/update_express_info", false, List.of(),
                call -> express.update(call.param(0), call.body()));
        post("/payments/payment/asy_refund", false, List.of(), call -> orderRefunds.refundByOrder(call.body()));
        post("/payments/refund/refund_query", false, List.of(), call -> orderRefunds.query(call.body()));
        // customs and CIQ declarations (3.16-3.19, 3.32, 3.50-3.54)
        post("/payments/payment/{payment_id}/apply_to_customs", false, List.of(),
                call -> declarations.applyCustoms(call.param(0), call.body()));
        get("/payments/customs_declarations/{id}", call -> declarations.getCustoms(call.param(0)));
        post("/payments/payment/apply_customs", false, List.of("citizen_id_number"),
                call -> declarations.applyCustomsByOrder(call.body(), call.decrypted()));
        post("/payments/payment/customs_query", false, List.of(),
                call -> declarations.queryCustomsByOrder(call.body()));
        post("/payments/payment/{payment_id}/apply_to_ciq", false, List.of(),
                call -> declarations.applyCiq(call.param(0), call.body()));
        get("/payments/ciq_declarations/{id}", call -> declarations.getCiq(call.param(0)));
        post("/payments/payment/apply_to_ciq", false, List.of(), call -> declarations.applyCiqByOrder(call.body()));
        post("/payments/ciq_declarations", false, List.of(), call -> declarations.queryCiqByOrder(call.body()));
        post("/declare_again", false, List.of(), call -> declarations.resend(call.body()));
        // banks, agreements, binding, rates, WeChat (3.1-3.4, 3.14, 3.15, 3.55-3.57)
        get("/payments/wechat_openid", call -> reference.wechatOpenId(call.query().get("notify_url")));
        get("/agreement", call -> bindings.query(call.query()));
        post("/agreement/unbundling", false, List.of(), call -> bindings.unbind(call.body(), false));
        post("/bank_agreement/unbind", false, List.of(), call -> bindings.unbind(call.body(), true));
        post("/bind/get_smscode", false, FieldDecryptor.BIND_FIELDS,
                call -> bindings.smsCode(call.body(), call.decrypted()));
        post("/bind/get_contract", false, FieldDecryptor.BIND_FIELDS,
                call -> bindings.confirm(call.body(), call.decrypted()));
        // statements and files (issue 7)
        get("/payments/reconciliation_statement", call -> statements.reconciliations(call.query()));
        arrayAnswerRoutes.add(routes.get(routes.size() - 1));
        get("/payments/transactions", call -> statements.transactions(call.query()));
        file("/payments/statement_download", call -> statements.settlementFile(call.query().get("settle_date")));
        file("/payments/transactions_download", call -> statements.transactionFile(call.query().get("settle_date")));
        post("/payments/settle_month_create", false, List.of(), call -> statements.createMonthly(call.body()));
        file("/payments/{file_id}/settle_month_file_download", call -> statements.monthlyFile(call.param(0)));
        // B2B enterprise (4.1, 4.2) and B2B payment (11)
        post("/enterprise_qualification", false, List.of(), call -> trade.enterprises().register(call.body()));
        get("/enterprise_qualification/{id}", call -> trade.enterprises().get(call.param(0)));
        post("/send_enterprise_qualification", false, List.of("cust_code", "cust_name", "cust_addr", "rep_nm",
                "cert_num", "phone", "cont_aact", "company_phone"),
                call -> trade.enterprises().qualify(call.body(), call.decrypted()));
        post("/query_enterprise_id", false, List.of("cust_code", "cust_name"),
                call -> trade.enterprises().queryQualification(call.decrypted()));
        // one route for b2b/payee (11.3) and remittance/payee (9.2)
        post("/send_payee_infor", false, List.of("payee_account", "payee_name", "payee_address", "payee_swift", "iban"),
                call -> trade.payees().submit(call.body(), call.decrypted()));
        post("/send_b2bouter_order_detail", false, List.of(), call -> trade.outward().b2bOrderDetail(call.body()));
        post("/send_b2b_order", false, List.of("payee_account"),
                call -> trade.outward().b2bConfirm(call.body(), call.decrypted()));
        get("/{payment_id}/query_order", call -> trade.outward().b2bOrderQuery(call.param(0)));
        // multipart uploads (3.59, 10.1): the file part's bytes are what the Signature is made over
        multipart("/file/upload", call -> trade.files().upload(call.body()));
        multipart("/upload_files", call -> trade.files().uploadTuitionFiles(call.body()));
        // outward remittance (9) and tuition transfer (10)
        post("/send_order_item", false, List.of("payer_name", "payer_IDCard"),
                call -> trade.outward().remittanceOrderItem(call.body(), call.decrypted()));
        post("/confirm_payment", false, List.of("payee_account"),
                call -> trade.outward().remittanceConfirm(call.body(), call.decrypted()));
        get("/{payment_id}/query_payment_status", call -> trade.outward().remittanceStatus(call.param(0)));
        post("/send_order_item_by_file", false, List.of("payer_name", "payer_id_card"),
                call -> trade.tuition().order(call.body(), call.decrypted()));
        get("/{payment_id}/query_payment_order", call -> trade.tuition().status(call.param(0)));
    }

    /** The operations served, in the order they were declared (for the catalog tests of the component). */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /**
     * The route for a call. Of the path templates that match, the most specific wins: at the first segment where two
     * differ, a literal beats a {@code {parameter}} (so {@code POST /payments/payment/asy_refund} is not taken for
     * a payment id). HTTP 404 when no template matches, 405 when the winning template has no route for the method.
     */
    public Match match(String method, String apiPath) {
        List<String> parts = List.of(apiPath.substring(apiPath.startsWith("/") ? 1 : 0).split("/", -1));
        List<String> best = null;
        for (List<String> candidate : segments) {
            if (matches(candidate, parts) && (best == null || moreSpecific(candidate, best))) {
                best = candidate;
            }
        }
        if (best == null) {
            throw new ApiError("404", "Not found: no API operation at this path", 404);
        }
        Set<String> allowed = new LinkedHashSet<>();
        for (int i = 0; i < routes.size(); i++) {
            if (!segments.get(i).equals(best)) {
                continue;
            }
            Route route = routes.get(i);
            if (route.method().equals(method)) {
                List<String> params = new ArrayList<>();
                for (int s = 0; s < best.size(); s++) {
                    if (best.get(s) == null) {
                        params.add(parts.get(s));
                    }
                }
                return new Match(route, params);
            }
            allowed.add(route.method());
        }
        throw new MethodNotAllowed(String.join(", ", allowed));
    }

    private static boolean matches(List<String> template, List<String> parts) {
        if (template.size() != parts.size()) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            String literal = template.get(i);
            if (literal == null ? parts.get(i).isEmpty() : !literal.equals(parts.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code a} has a literal where {@code b} first has a parameter (both match the same path). */
    private static boolean moreSpecific(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            if ((a.get(i) == null) != (b.get(i) == null)) {
                return a.get(i) != null;
            }
        }
        return false;
    }

    /** HTTP 405 with the allowed methods. */
    public static final class MethodNotAllowed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String allow;

        MethodNotAllowed(String allow) {
            super("Method not allowed; allowed: " + allow, null, false, false);
            this.allow = allow;
        }

        public String allow() {
            return allow;
        }
    }

    private static ObjectNode token(TokenRegistry tokens, ObjectNode body) {
        try {
            return issue(tokens, body);
        } catch (ApiError e) {
            throw e.httpStatus() == 200 ? e.withStatus(400) : e;
        }
    }

    private static ObjectNode issue(TokenRegistry tokens, ObjectNode body) {
        String clientId = JsonFields.text(body, "client_id", "client_id");
        String clientSecret = JsonFields.text(body, "client_secret", "client_secret");
        String grantType = JsonFields.text(body, "grant_type", "grant_type");
        if (!"client_credentials".equals(grantType)) {
            throw new ApiError(RetCode.DATA_VALIDATION, "grant_type must be client_credentials").withStatus(400);
        }
        TokenRegistry.IssuedToken token = tokens.issue(clientId, clientSecret);
        ObjectNode members = JsonNodeFactory.instance.objectNode();
        members.put("access_token", token.accessToken());
        members.put("expires_in", token.expiresIn());
        return members;
    }

    /** Whether the route answers inside a JSON array, as the reference's sample of 3.20 does. */
    public boolean answersInArray(Route route) {
        return arrayAnswerRoutes.contains(route);
    }

    /** Whether the route takes a multipart/form-data upload instead of a JSON body. */
    public boolean isMultipart(Route route) {
        return multipartRoutes.contains(route);
    }

    private void multipart(String template, Action action) {
        add("POST", template, false, List.of(), List.of(), action);
        multipartRoutes.add(routes.get(routes.size() - 1));
    }

    private void post(String template, boolean tokenCall, List<String> encrypted, Action action) {
        add("POST", template, tokenCall, encrypted, List.of(), action);
    }

    private void get(String template, Action action) {
        add("GET", template, false, List.of(), List.of(), action);
    }

    private void add(String method, String template, boolean tokenCall, List<String> encrypted,
                     List<String> encryptedQuery, Action action) {
        Route route = new Route(method, template, tokenCall, List.copyOf(encrypted), List.copyOf(encryptedQuery), action,
                null);
        routes.add(route);
        segments.add(route.segments());
    }

    private void file(String template, FileAction action) {
        Route route = new Route("GET", template, false, List.of(), List.of(), null, action);
        routes.add(route);
        segments.add(route.segments());
    }
}
