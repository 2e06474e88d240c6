package io.github.camelumf.example.b2b;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelumf.UmfConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The body of {@code umf:payment/create} for a B2B payment (reference 4.3): the enterprise pays from its business
 * bank account ({@code NOT_APPLICABLE}, {@code DIRECT_TO_BANK}, {@code B2B}, its bank's code), one sub-order for the
 * goods with its item, amounts as two-decimal strings. The mer_reference_id is the folder's name, the mer_date the
 * day given in {@code payment.properties} or today in China: together they name the ZIP uploaded afterwards (4.4).
 */
public final class B2bPaymentRequests {

    /** The exchange property holding the {@link PaymentFolder} the route works on. */
    public static final String FOLDER = "b2bPaymentFolder";

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final String notifyUrl;

    public B2bPaymentRequests(String notifyUrl) {
        this.notifyUrl = notifyUrl;
    }

    /**
     * From the payment folder of the exchange property {@link #FOLDER}: sets the headers
     * {@code CamelUmfMerReferenceId} and {@code CamelUmfMerDate} (which {@code umf:b2b/uploadDocuments} names the ZIP
     * after) and puts the payment/create body in the message.
     */
    public void prepare(Exchange exchange) {
        Message message = exchange.getMessage();
        PaymentFolder folder = exchange.getProperty(FOLDER, PaymentFolder.class);
        String merDate = folder.optional("mer_date", LocalDate.now(CHINA).format(DateTimeFormatter.BASIC_ISO_DATE));
        message.setHeader(UmfConstants.MER_REFERENCE_ID, folder.merReferenceId());
        message.setHeader(UmfConstants.MER_DATE, merDate);
        message.setBody(body(folder, merDate));
    }

    Map<String, Object> body(PaymentFolder folder, String merDate) {
        String currency = folder.required("currency");
        Map<String, Object> amount = amount(money(folder), currency);

        Map<String, Object> payer = new LinkedHashMap<>();
        payer.put("payment_method", "NOT_APPLICABLE");
        payer.put("bank_code", folder.required("bank_code"));
        payer.put("payer_info", Map.of());
        payer.put("interface_type", "DIRECT_TO_BANK");
        payer.put("external_customer_id", folder.required("external_customer_id"));
        payer.put("business_type", "B2B");

        Map<String, Object> subOrder = new LinkedHashMap<>();
        String reference = folder.merReferenceId();
        subOrder.put("mer_sub_reference_id", reference.length() > 16 ? reference.substring(reference.length() - 16)
                : reference);
        subOrder.put("trans_code", folder.optional("trans_code", "01122030"));
        subOrder.put("amount", amount);
        subOrder.put("is_customs", "FALSE");
        subOrder.put("invoice_id", folder.required("invoice_id"));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("mer_item_id", folder.optional("goods_id", "ITEM0001"));
        item.put("type", folder.optional("goods_type", "ELECTRONIC"));
        item.put("name", folder.required("goods_name"));
        item.put("quantity", folder.optional("goods_quantity", "1"));
        item.put("description", folder.required("goods_name"));
        item.put("amount", amount);
        subOrder.put("items", List.of(item)); // goods (trans_code 01122030) need their items

        Map<String, Object> order = new LinkedHashMap<>();
        order.put("mer_reference_id", reference);
        order.put("mer_date", merDate);
        order.put("amount", amount);
        order.put("order_summary", folder.optional("order_summary", "B2B goods"));
        order.put("expire_time", "360");
        order.put("sub_orders", List.of(subOrder));

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("payer", payer);
        body.put("order", order);
        body.put("notify_url", notifyUrl);
        body.put("risk_info", Map.of("trans_type", "02"));
        return body;
    }

    private static BigDecimal money(PaymentFolder folder) {
        try {
            BigDecimal total = new BigDecimal(folder.required("amount")).setScale(2, RoundingMode.UNNECESSARY);
            if (total.signum() <= 0) {
                throw new ArithmeticException("not positive");
            }
            return total;
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(PaymentFolder.ORDER_FILE + " of payment " + folder.merReferenceId()
                                               + ": amount must be a positive amount with at most two decimals");
        }
    }

    private static Map<String, Object> amount(BigDecimal total, String currency) {
        Map<String, Object> amount = new LinkedHashMap<>();
        amount.put("total", total.toPlainString());
        amount.put("currency", currency);
        return amount;
    }
}
