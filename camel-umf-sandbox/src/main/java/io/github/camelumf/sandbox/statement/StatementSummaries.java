package io.github.camelumf.sandbox.statement;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.payment.Times;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.RetCode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON statements (3.20 reconciliations, 3.22 transactions): the payment and refund summaries of one page
 * ({@code page_number} from 1, {@code page_size} default 500), payments first, then refunds.
 */
final class StatementSummaries {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private StatementSummaries() {
    }

    /** The items of the page asked for, as {@code payment_summaries} and {@code refund_summaries} of {@code target}. */
    static ObjectNode page(List<Settled> entries, Map<String, String> query, boolean reconciliation, ObjectNode target) {
        int pageNumber = positive(query.get("page_number"), 1, "page_number");
        int pageSize = positive(query.get("page_size"), 500, "page_size");
        ArrayNode payments = target.putArray("payment_summaries");
        ArrayNode refunds = target.putArray("refund_summaries");
        long from = (long) (pageNumber - 1) * pageSize;
        for (int i = 0; i < entries.size(); i++) {
            if (i < from || i >= from + pageSize) {
                continue;
            }
            Settled s = entries.get(i);
            ObjectNode summary = s.refund() ? refunds.addObject() : payments.addObject();
            if (s.refund()) {
                summary.put("refund_id", s.id());
                summary.put("payment_id", s.originalTradeNo());
                summary.put("mer_sub_reference_id", s.orderId());
            } else {
                summary.put("payment_id", s.id());
                summary.put("order_date", Times.date(s.createdAt()));
                summary.put("mer_reference_id", s.orderId());
            }
            summary.set("amount", amount(s.cbAmount(), s.currency(), s.amount(), s.rate()));
            summary.put("settle_date", s.settleDate().format(StatementLayout.YYYYMMDD));
            summary.put("product_id", s.productName());
            summary.put("state", s.state());
            summary.put("execute_success_time", Times.dateTime(s.successAt()).replaceFirst("(\\d\\d)(\\d\\d)$", "$1:$2"));
            if (reconciliation && !s.refund()) {
                summary.put("service_fee", s.fee().toPlainString());
                summary.put("exchange_date", s.settleDate().format(StatementLayout.YYYYMMDD));
                ObjectNode exchange = summary.putObject("exchange_amount");
                exchange.put("total", s.foreignAmount().toPlainString());
                exchange.put("exchange_rate", Settled.USD_RATE.toPlainString());
                exchange.put("currency", "USD");
                exchange.put("total_cny", s.amount().subtract(s.fee()).toPlainString());
            }
        }
        return JSON.objectNode().put("page_number", String.valueOf(pageNumber))
                .put("total_count", String.valueOf(entries.size())).put("page_size", String.valueOf(pageSize));
    }

    static ObjectNode amount(BigDecimal total, String currency, BigDecimal cny, BigDecimal rate) {
        ObjectNode amount = JSON.objectNode();
        amount.put("total", total.toPlainString());
        amount.putObject("exchange_rate").put("rate", rate.toPlainString());
        amount.put("currency", currency);
        amount.put("total_cny", cny.toPlainString());
        return amount;
    }

    private static int positive(String value, int fallback, String name) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ApiError(RetCode.DATA_VALIDATION, name + " must be a number from 1");
    }

}
