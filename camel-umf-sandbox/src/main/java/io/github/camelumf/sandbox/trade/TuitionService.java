package io.github.camelumf.sandbox.trade;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
 * Tuition transfers (10): the proof files' paths (10.1), the order that names one (10.2; a repeated mer_order_id is
 * 00131074) and its status (10.3; an unknown payment is 00280077, "order information does not exist", 10.4).
 */
public final class TuitionService {

    private static final Pattern ORDER_ID = Pattern.compile("[0-9A-Za-z_-]{1,32}");
    private static final Pattern FILE_PATH = Pattern.compile("FILE_PATH_[A-Z2-7]{8,200}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Clock clock;
    private final TradeLinks links;
    private final AtomicLong sequence = new AtomicLong();
    private final Set<String> filePaths = ConcurrentHashMap.newKeySet();
    private final Map<String, String> paymentByOrderId = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> orders = new ConcurrentHashMap<>();

    public TuitionService(Clock clock, TradeLinks links) {
        this.clock = clock;
        this.links = links;
    }

    /** A new file path for uploaded proof files (10.1), which an order may then name. */
    public String issueFilePath(String fileName) {
        String path = "FILE_PATH_" + TradeLinks.base32(LocalDateTime.now(clock).format(DAY) + "/"
                + sequence.incrementAndGet() + "/" + fileName);
        filePaths.add(path);
        return path;
    }

    /** 10.2: the order; file_path must be one the sandbox issued. */
    public ObjectNode order(ObjectNode body, Map<String, String> decrypted) {
        String orderId = TradeChecks.matching(body, "mer_order_id", ORDER_ID, "must be 1 to 32 characters");
        TradeChecks.text(body, "trade_no");
        TradeChecks.matching(body, "currency", TradeChecks.CURRENCY, "must be a 3-letter code");
        TradeChecks.amount(body, "Oamount");
        TradeChecks.plain(decrypted, "payer_name");
        if (!TradeChecks.validIdCard(TradeChecks.plain(decrypted, "payer_id_card"))) {
            throw new ApiError(RetCode.INVALID_ID_NUMBER, "payer_id_card is not a valid identity number");
        }
        if (!TradeChecks.MOBILE.matcher(TradeChecks.text(body, "payer_phone")).matches()) {
            throw new ApiError(RetCode.INVALID_PHONE, "payer_phone must be an 11-digit mobile number");
        }
        TradeChecks.matching(body, "pri_currency", TradeChecks.CURRENCY, "must be a 3-letter code");
        BigDecimal fee = TradeChecks.amount(body, "pri_amount").multiply(new BigDecimal("0.001"));
        TradeChecks.text(body, "school_name");
        TradeChecks.text(body, "school_address");
        TradeChecks.text(body, "school_country");
        String filePath = TradeChecks.matching(body, "file_path", FILE_PATH, "must be a FILE_PATH_ of upload_files");
        if (!filePaths.contains(filePath)) {
            throw new ApiError(RetCode.DATA_VALIDATION, "file_path was not uploaded with upload_files (10.1)");
        }
        String paymentId = "PAY_" + TradeLinks.base32("T" + orderId + "|" + sequence.incrementAndGet());
        if (paymentByOrderId.putIfAbsent(orderId, paymentId) != null) {
            throw new ApiError(RetCode.DUPLICATE_TUITION_ORDER, null);
        }
        ObjectNode status = JsonNodeFactory.instance.objectNode();
        status.put("pay_status", "");
        status.put("rec_status", "0");
        status.put("fee", fee.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        status.put("oper_msg", "");
        status.put("verify_status", "100");
        status.put("mer_orderid", orderId);
        status.put("oper_status", "0");
        orders.put(paymentId, status);
        ObjectNode members = JsonNodeFactory.instance.objectNode();
        members.set("links", links.of("self", "GET", "/" + paymentId + "/query_payment_order"));
        return members;
    }

    /** 10.3: the order's status. */
    public ObjectNode status(String paymentId) {
        ObjectNode status = orders.get(paymentId);
        if (status == null) {
            throw new ApiError(RetCode.ORDER_DETAILS_NOT_FOUND.code(), "Order information does not exist", 200);
        }
        ObjectNode members = JsonNodeFactory.instance.objectNode();
        members.set("pay_query_order", status.deepCopy());
        return members;
    }

    /** What UMF's operators do once they checked the files: the order is approved (verify 201, oper 1). */
    public void approve(String paymentId, String message) {
        ObjectNode status = orders.get(paymentId);
        if (status == null) {
            throw new IllegalArgumentException("no tuition order " + paymentId);
        }
        status.put("verify_status", "201");
        status.put("oper_status", "1");
        status.put("oper_msg", message);
    }
}
