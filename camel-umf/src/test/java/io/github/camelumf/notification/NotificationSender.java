package io.github.camelumf.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;

/**
 * Plays UMF's side in the consumer tests: signs a notification body with the UMF private key (the JDK's own
 * SHA256withRSA, independent of the component's code) and posts it.
 */
final class NotificationSender {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final PrivateKey umfKey;

    NotificationSender(String url, PrivateKey umfKey) {
        this.url = url;
        this.umfKey = umfKey;
    }

    static String sign(PrivateKey key, byte[] body) throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(body);
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    HttpResponse<String> postSigned(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return post(bytes, sign(umfKey, bytes));
    }

    /** Signs the body, then changes it: what a forger (or a broken proxy) would send. */
    HttpResponse<String> postForged(String body, String original, String replacement) throws Exception {
        String signature = sign(umfKey, body.getBytes(StandardCharsets.UTF_8));
        return post(body.replace(original, replacement).getBytes(StandardCharsets.UTF_8), signature);
    }

    HttpResponse<String> post(byte[] body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a body of unknown length (chunked, no Content-Length) with the given signature. */
    HttpResponse<String> postChunked(byte[] body, String signature) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static String paymentNotification(String paymentId, String reference, String state, boolean retMsgArray) {
        String retMsg = retMsgArray ? "[\"SUCCESS\"]" : "\"SUCCESS\"";
        return """
                {"meta":{"ret_code":"0000","ret_msg":%s},"payment":{"id":"%s","payer":{"payment_method":"CREDIT_CARD",\
                "bank_code":"","payer_info":{"payer_agreement":{"gate_id":"","last_four_cardid":"",\
                "usr_pay_agreement_id":"","usr_busi_agreement_id":""}}},"order":{"mer_reference_id":"%s",\
                "mer_date":"20261125","amount":{"total":"100.00","currency":"CNY","total_cny":"100.00"},"mer_priv":"",\
                "verify_department":"UnionPay"},"state":"%s","settle_date":"20261125","execute_success_time":"20261125"},\
                "links":[{"href":"http://127.0.0.1/cberest/v1/payments/payment/%s","ref":"self","method":"GET"}]}"""
                .formatted(retMsg, paymentId, reference, state, paymentId);
    }

    static String refundNotification(String refundId, String paymentId, String reference, String state) {
        return """
                {"meta":{"ret_code":"0000","ret_msg":["SUCCESS"]},"refund":{"id":"%s","refund_info":{\
                "mer_reference_id":"%s","mer_date":"20261125","amount":{"total":"30.00","currency":"CNY",\
                "total_cny":"30.00"}},"state":"%s"},"links":[{"href":\
                "http://127.0.0.1/cberest/v1/payments/payment/%s","ref":"parent_payment","method":"GET"},\
                {"href":"http://127.0.0.1/cberest/v1/payments/refund/%s","ref":"self","method":"GET"}]}"""
                .formatted(refundId, reference, state, paymentId, refundId);
    }
}
