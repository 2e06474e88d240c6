package io.github.camelumf.jdbc.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays UMF's side of notifications for the cluster tests: signs a payment notification with the UMF private key
 * (the JDK's SHA256withRSA, independent of the component) and posts it to a node; a delivery counts as acknowledged
 * only on HTTP 200 with ret_code 0000, otherwise UMF delivers again, to any node, with a growing pause.
 */
public final class UmfDeliveries {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PrivateKey umfKey;
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();

    UmfDeliveries(PrivateKey umfKey) {
        this.umfKey = umfKey;
    }

    /** The key the nodes route under: {@code PAYMENT:id:TRADE_SUCCESS}. */
    static String key(String paymentId) {
        return "PAYMENT:" + paymentId + ":TRADE_SUCCESS";
    }

    /** Posts once; true when acknowledged. The answer (status, or "connection failed") is counted. */
    boolean deliverOnce(String url, String paymentId, String reference) {
        byte[] body = notification(paymentId, reference).getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("Signature", sign(body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            count("HTTP " + response.statusCode());
            return response.statusCode() == 200 && response.body().contains("\"ret_code\":\"0000\"");
        } catch (IOException e) {
            count("connection failed");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Delivers to {@code first}, then to random nodes of {@code urls} until acknowledged (pause 100 ms doubling to
     * 2 s); false if not acknowledged within {@code timeout}.
     */
    boolean deliverUntilAcknowledged(String first, List<String> urls, String paymentId, String reference, Random random,
                                     Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String url = first;
        long pause = 100;
        while (true) {
            if (deliverOnce(url, paymentId, reference)) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(pause);
            pause = Math.min(2000, pause * 2);
            synchronized (random) {
                url = urls.get(random.nextInt(urls.size()));
            }
        }
    }

    /** How each delivery was answered. */
    Map<String, Long> answers() {
        Map<String, Long> copy = new TreeMap<>();
        answers.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    long answered(String answer) {
        AtomicLong n = answers.get(answer);
        return n == null ? 0 : n.get();
    }

    private void count(String answer) {
        answers.computeIfAbsent(answer, k -> new AtomicLong()).incrementAndGet();
    }

    private String sign(byte[] body) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(umfKey);
            signature.update(body);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String notification(String paymentId, String reference) {
        return """
                {"meta":{"ret_code":"0000","ret_msg":"SUCCESS"},"payment":{"id":"%s","payer":{"payment_method":"CREDIT_CARD",\
                "bank_code":"","payer_info":{"payer_agreement":{"gate_id":"","last_four_cardid":"",\
                "usr_pay_agreement_id":"","usr_busi_agreement_id":""}}},"order":{"mer_reference_id":"%s",\
                "mer_date":"20261125","amount":{"total":"100.00","currency":"CNY","total_cny":"100.00"},"mer_priv":"",\
                "verify_department":"UnionPay"},"state":"TRADE_SUCCESS","settle_date":"20261125","execute_success_time":"20261125"},\
                "links":[{"href":"http://127.0.0.1/cberest/v1/payments/payment/%s","ref":"self","method":"GET"}]}"""
                .formatted(paymentId, reference, paymentId);
    }
}
