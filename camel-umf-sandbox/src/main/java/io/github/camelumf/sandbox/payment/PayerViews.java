package io.github.camelumf.sandbox.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.rules.PaymentKind;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Builds the payer object a created payment answers with, per payment method: the empty card template (2.2), the
 * QR code URL (2.3), WeChat pay_info (2.4-2.6), the WeChat H5 URL (2.8), or the payer as sent (2.10, 2.13, 4.3).
 */
final class PayerViews {

    private static final String[] PAYER_MEMBERS = {
        "bank_code", "external_customer_id", "business_type", "interface_type", "payment_method"};
    private static final DateTimeFormatter PREPAY = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(io.github.camelumf.sandbox.SandboxClock.CHINA);

    private PayerViews() {
    }

    static ObjectNode created(PaymentKind kind, ObjectNode requestPayer, Instant now) {
        ObjectNode view = requestPayer.objectNode();
        for (String member : PAYER_MEMBERS) {
            if (requestPayer.hasNonNull(member)) {
                view.set(member, requestPayer.get(member).deepCopy());
            }
        }
        JsonNode requestInfo = requestPayer.get("payer_info");
        String phone = requestInfo != null && requestInfo.hasNonNull("phone") ? requestInfo.get("phone").asText() : "";
        ObjectNode info = view.putObject("payer_info");
        switch (kind) {
            case CARD:
                ObjectNode card = info.putObject("bank_card");
                card.put("number", "");
                card.put("cvv2", "");
                card.put("valid_date", "");
                card.put("citizen_id_number", "");
                card.put("phone", "");
                card.put("citizen_id_type", "IDENTITY_CARD");
                card.put("payer_name", "");
                ObjectNode agreement = info.putObject("payer_agreement");
                agreement.put("usr_busi_agreement_id", "");
                agreement.put("usr_pay_agreement_id", "");
                break;
            case QR_CODE:
                String url = "ALIPAY_SCAN".equals(requestPayer.path("payment_method").asText())
                        ? "https://qr.alipay.com/bax0" + Ids.alphanumeric(20)
                        : "weixin://wxpay/bizpayurl?pr=" + Ids.alphanumeric(7);
                info.putObject("qr_code_scan").put("qr_code_url", url);
                info.put("phone", phone);
                break;
            case WECHAT_IN_APP:
                info.putObject("wechat_in_app").set("pay_info",
                        payInfo(requestInfo == null ? null : requestInfo.path("wechat_in_app").path("app_id"), now));
                info.put("phone", phone);
                break;
            case WECHAT_WEB:
                info.putObject("wechat_in_app_web").set("pay_info",
                        payInfo(requestInfo == null ? null : requestInfo.path("wechat_in_app_web").path("app_id"),
                                now));
                break;
            case WECHAT_H5:
                String h5 = "https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx"
                        + PREPAY.format(now) + Ids.hex(18) + "&package=" + Ids.digits(10);
                String encoded = URLEncoder.encode(h5, StandardCharsets.UTF_8);
                ObjectNode wechatH5 = info.putObject("wechat_H5");
                wechatH5.put("wechat_H5_url", encoded);
                info.put("phone", phone);
                break;
            default:
                if (requestInfo != null && requestInfo.isObject()) {
                    info.setAll(((ObjectNode) requestInfo).deepCopy());
                }
                if (info.get("bank_card") instanceof ObjectNode) {
                    ObjectNode sentCard = (ObjectNode) info.get("bank_card");
                    for (String member : new String[] {"valid_date", "number", "cvv2"}) {
                        if (!sentCard.has(member)) {
                            sentCard.put(member, "");
                        }
                    }
                }
                if (requestPayer.hasNonNull("enterprise_qualification")) {
                    view.set("enterprise_qualification", requestPayer.get("enterprise_qualification").deepCopy());
                }
        }
        return view;
    }

    private static ObjectNode payInfo(JsonNode requestedAppId, Instant now) {
        String appId = requestedAppId != null && requestedAppId.isTextual() && !requestedAppId.asText().isEmpty()
                ? requestedAppId.asText() : "wx" + Ids.hex(16);
        String timeStamp = Long.toString(now.getEpochSecond());
        String nonce = Ids.alphanumeric(30);
        String pkg = "prepay_id=wx" + PREPAY.format(now) + Ids.hex(18);
        ObjectNode payInfo = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        payInfo.put("nonce_str", nonce);
        payInfo.put("package", pkg);
        payInfo.put("time_stamp", timeStamp);
        payInfo.put("app_id", appId);
        payInfo.put("sign_type", "MD5");
        payInfo.put("pay_sign", md5("appId=" + appId + "&nonceStr=" + nonce + "&package=" + pkg
                + "&signType=MD5&timeStamp=" + timeStamp + "&key=umf-sandbox"));
        return payInfo;
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
    }
}
