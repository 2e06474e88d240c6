package io.github.camelumf.sandbox.trade;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.RetCode;

/**
 * Outward payments by batch: the order details of a remittance (9.3) or of a B2B payment (11.4), their confirmation
 * (9.4, 11.5: the batch's details and its payee must exist and the amount must be their sum) and the status queries
 * (9.5, 11.6). Refusals carry the 9.6 codes. B2B order details need an enterprise qualification report (11.1).
 */
public final class OutwardPaymentService {

    /** The two kinds of batch; a batch belongs to the kind of its first order detail. */
    enum Kind {
        REMITTANCE,
        B2B
    }

    private static final Pattern BATCH_NO = Pattern.compile("[0-9A-Za-z]{1,32}");
    private static final Pattern ORDER_ID = Pattern.compile("[0-9A-Za-z_-]{1,32}");
    private static final Pattern GOODS_SUM = Pattern.compile("[1-9]\\d{0,8}");
    private static final Pattern ORDER_SUB_TYPE = Pattern.compile("\\d{1,2}");
    private static final BigDecimal RATE = new BigDecimal("7.0156");
    private static final DateTimeFormatter TRACE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TRADE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Clock clock;
    private final TradeLinks links;
    private final PayeeRegistry payees;
    private final EnterpriseService enterprises;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, Batch> batches = new ConcurrentHashMap<>();
    private final Map<String, Batch> byPaymentId = new ConcurrentHashMap<>();

    public OutwardPaymentService(Clock clock, TradeLinks links, PayeeRegistry payees, EnterpriseService enterprises) {
        this.clock = clock;
        this.links = links;
        this.payees = payees;
        this.enterprises = enterprises;
    }

    /** 9.3: one order detail of a remittance batch, checked as 9.3 lists (refused with 00280073). */
    public ObjectNode remittanceOrderItem(ObjectNode body, Map<String, String> decrypted) {
        String batchNo = TradeChecks.matching(body, "mer_batchno", BATCH_NO, "must be 1 to 32 letters or digits");
        String orderId = TradeChecks.matching(body, "mer_orderId", ORDER_ID, "must be 1 to 32 characters");
        String businessCode = TradeChecks.matching(body, "business_code", TradeChecks.BUSINESS_CODE,
                "must be an 8-digit business code");
        String currency = TradeChecks.matching(body, "currency", TradeChecks.CURRENCY, "must be a 3-letter code");
        TradeChecks.text(body, "goods_type");
        TradeChecks.text(body, "goods_name");
        BigDecimal unitPrice = TradeChecks.amount(body, "goods_unitPrice");
        BigDecimal count = new BigDecimal(TradeChecks.matching(body, "goods_sum", GOODS_SUM,
                "must be a positive whole number"));
        BigDecimal amount = TradeChecks.amount(body, "Damount");
        TradeChecks.matching(body, "val_pattern", TradeChecks.VALUATION, "must be CNY_VALUATION or FOREIGN_VALUATION");
        TradeChecks.plain(decrypted, "payer_name");
        if (!TradeChecks.validIdCard(TradeChecks.plain(decrypted, "payer_IDCard"))) {
            throw detailsFailed("payer_IDCard is not a valid identity number");
        }
        if (!TradeChecks.MOBILE.matcher(TradeChecks.text(body, "payer_phone")).matches()) {
            throw detailsFailed("payer_phone is not a valid mobile number");
        }
        if (unitPrice.multiply(count).compareTo(amount) != 0) {
            throw detailsFailed("goods_unitPrice x goods_sum must equal Damount");
        }
        LocalDateTime orderTime = TradeChecks.dateTime(body, "order_time");
        LocalDateTime payTime = TradeChecks.dateTime(body, "pay_time");
        if (orderTime.equals(payTime)) {
            throw detailsFailed("order_time and pay_time must differ");
        }
        addDetail(Kind.REMITTANCE, batchNo, orderId, businessCode, currency, amount);
        return JsonNodeFactory.instance.objectNode();
    }

    /** 11.4: one order detail of a B2B batch; the merchant must have reported an enterprise qualification. */
    public ObjectNode b2bOrderDetail(ObjectNode body) {
        String batchNo = TradeChecks.matching(body, "mer_batchno", BATCH_NO, "must be 1 to 32 letters or digits");
        String orderId = TradeChecks.matching(body, "mer_orderId", ORDER_ID, "must be 1 to 32 characters");
        TradeChecks.text(body, "contract_no");
        TradeChecks.date(body, "contract_date");
        String businessCode = TradeChecks.matching(body, "business_code", TradeChecks.BUSINESS_CODE,
                "must be an 8-digit business code");
        TradeChecks.matching(body, "val_pattern", TradeChecks.VALUATION, "must be CNY_VALUATION or FOREIGN_VALUATION");
        String currency = TradeChecks.matching(body, "currency", TradeChecks.CURRENCY, "must be a 3-letter code");
        BigDecimal amount = TradeChecks.amount(body, "Damount");
        TradeChecks.matching(body, "order_sub_type", ORDER_SUB_TYPE, "must be 1 or 2 digits");
        if (!enterprises.hasQualification()) {
            throw detailsFailed("no enterprise qualification was reported (send_enterprise_qualification, 11.1)");
        }
        addDetail(Kind.B2B, batchNo, orderId, businessCode, currency, amount);
        return JsonNodeFactory.instance.objectNode();
    }

    /** 9.4: confirms a remittance batch; the links lead to its status (9.5). */
    public ObjectNode remittanceConfirm(ObjectNode body, Map<String, String> decrypted) {
        return confirm(Kind.REMITTANCE, body, decrypted, "query_payment_status");
    }

    /** 11.5: confirms a B2B batch; the links lead to its query (11.6). */
    public ObjectNode b2bConfirm(ObjectNode body, Map<String, String> decrypted) {
        return confirm(Kind.B2B, body, decrypted, "query_order");
    }

    /** 9.5: the remittance's fee and exchange rate. */
    public ObjectNode remittanceStatus(String paymentId) {
        confirmed(paymentId, Kind.REMITTANCE);
        ObjectNode payRes = JsonNodeFactory.instance.objectNode();
        payRes.put("transfer_fee", "150");
        payRes.put("exchange_rate", RATE.toPlainString());
        ObjectNode members = JsonNodeFactory.instance.objectNode();
        members.set("pay_res", payRes);
        return members;
    }

    /** 11.6: the B2B payment slip. */
    public ObjectNode b2bOrderQuery(String paymentId) {
        Batch batch = confirmed(paymentId, Kind.B2B);
        ObjectNode order = JsonNodeFactory.instance.objectNode();
        order.put("trade_no", batch.tradeNo);
        order.put("fee", "10");
        order.put("buy_rate", RATE.toPlainString());
        BigDecimal paid = "CNY_VALUATION".equals(batch.valuation)
                ? batch.total.divide(RATE, 2, RoundingMode.HALF_UP) : batch.total.setScale(2, RoundingMode.UNNECESSARY);
        order.put("pay_amt", paid.toPlainString());
        order.put("payee_account", batch.payee.get("payee_account").asText());
        order.put("payee_name", batch.payee.get("payee_name").asText());
        order.put("currency", batch.currency);
        order.put("trace_date", batch.confirmedAt);
        ObjectNode members = JsonNodeFactory.instance.objectNode();
        members.set("query_order", order);
        return members;
    }

    private ObjectNode confirm(Kind kind, ObjectNode body, Map<String, String> decrypted, String statusPath) {
        String batchNo = TradeChecks.matching(body, "mer_batchno", BATCH_NO, "must be 1 to 32 letters or digits");
        String account = TradeChecks.plain(decrypted, "payee_account");
        TradeChecks.matching(body, "business_code", TradeChecks.BUSINESS_CODE, "must be an 8-digit business code");
        String currency = TradeChecks.matching(body, "currency", TradeChecks.CURRENCY, "must be a 3-letter code");
        String valuation = TradeChecks.matching(body, "val_pattern", TradeChecks.VALUATION,
                "must be CNY_VALUATION or FOREIGN_VALUATION");
        TradeChecks.text(body, "remit_information");
        TradeChecks.matching(body, "cost_way", TradeChecks.COST_WAY, "must be FULL_AMOUNT or UN_FULL_AMOUNT");
        BigDecimal amount = TradeChecks.amount(body, "Oamount");
        Batch batch = batches.get(batchNo);
        if (batch == null || batch.kind != kind) {
            throw new ApiError(RetCode.ORDER_DETAILS_NOT_FOUND, null);
        }
        ObjectNode payee = payees.byAccount(account);
        if (payee == null) {
            throw new ApiError(RetCode.BATCH_PAYEE_NOT_FOUND, null);
        }
        synchronized (batch) {
            if (batch.paymentId != null) {
                throw new ApiError(RetCode.PAYMENT_IN_PROGRESS, null);
            }
            if (batch.total.compareTo(amount) != 0 || !batch.currency.equals(currency)) {
                throw new ApiError(RetCode.BATCH_AMOUNT_INCONSISTENT, null);
            }
            LocalDateTime now = LocalDateTime.now(clock);
            long n = sequence.incrementAndGet();
            batch.paymentId = "PAY_" + TradeLinks.base32(now.format(TRADE_DAY) + batchNo + "|" + n);
            batch.tradeNo = "KJWB" + now.format(TRADE_DAY) + String.format("%04d", n % 10000);
            batch.confirmedAt = now.format(TRACE);
            batch.payee = payee;
            batch.valuation = valuation;
        }
        byPaymentId.put(batch.paymentId, batch);
        ObjectNode members = JsonNodeFactory.instance.objectNode();
        members.set("links", links.of("self", "GET", "/" + batch.paymentId + "/" + statusPath));
        return members;
    }

    private void addDetail(Kind kind, String batchNo, String orderId, String businessCode, String currency,
                           BigDecimal amount) {
        Batch batch = batches.computeIfAbsent(batchNo, no -> new Batch(kind, currency));
        synchronized (batch) {
            if (batch.kind != kind) {
                throw detailsFailed("mer_batchno is a batch of another kind of payment");
            }
            if (batch.paymentId != null) {
                throw new ApiError(RetCode.PAYMENT_IN_PROGRESS, null);
            }
            if (!batch.currency.equals(currency)) {
                throw detailsFailed("currency must be the currency of the batch's other order details");
            }
            if (!batch.orderIds.add(orderId)) {
                throw new ApiError(RetCode.ORDER_DETAILS_EXIST, null);
            }
            batch.total = batch.total.add(amount);
        }
    }

    private Batch confirmed(String paymentId, Kind kind) {
        Batch batch = byPaymentId.get(paymentId);
        if (batch == null || batch.kind != kind) {
            throw new ApiError(RetCode.PAYMENT_ORDER_NOT_FOUND, null);
        }
        return batch;
    }

    private static ApiError detailsFailed(String detail) {
        return new ApiError(RetCode.ORDER_DETAILS_FAILED, detail);
    }

    /** One batch: its order details' total, and once confirmed the payment. Guarded by its own monitor. */
    private static final class Batch {
        final Kind kind;
        final String currency;
        final Set<String> orderIds = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        String paymentId;
        String tradeNo;
        String confirmedAt;
        String valuation;
        ObjectNode payee;

        Batch(Kind kind, String currency) {
            this.kind = kind;
            this.currency = currency;
        }
    }
}
