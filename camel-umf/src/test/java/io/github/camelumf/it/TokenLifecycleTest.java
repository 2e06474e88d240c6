package io.github.camelumf.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.sandbox.RecordedRequest;
import io.github.camelumf.sandbox.SandboxBehaviour;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class TokenLifecycleTest extends SandboxTestSupport {

    private static final int CALLERS = 16;

    @Test
    void manySequentialCallsShareOneToken() {
        int before = SANDBOX.sandbox().tokensIssued();
        String paymentId = createPayment();
        for (int i = 0; i < 10; i++) {
            call("umf:payment/get", null, Map.of(UmfConstants.PAYMENT_ID, paymentId));
        }
        assertThat(SANDBOX.sandbox().tokensIssued() - before).isEqualTo(1);
        assertThat(apiCalls()).allSatisfy(r -> assertThat(r.header("Authorization")).startsWith("Bearer "));
    }

    @Test
    void sixteenConcurrentCallersShareOneTokenFetch() throws Exception {
        int before = SANDBOX.sandbox().tokensIssued();
        List<Exchange> results = concurrently(() -> send("umf:payment/create",
                TestOrders.payment("WECHAT_SCAN", TestOrders.newReference(), "1.00"), Map.of()));

        assertThat(results).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(SANDBOX.sandbox().tokensIssued() - before).isEqualTo(1);
    }

    @ParameterizedTest(name = "refusals answered {0}")
    @EnumSource(SandboxBehaviour.RefusalStatus.class)
    void expiredTokenIsRefreshedOnceAndCallRepeated(SandboxBehaviour.RefusalStatus refusalStatus) {
        SANDBOX.behaviour().refusalStatus(refusalStatus);
        String paymentId = createPayment();
        int before = SANDBOX.sandbox().tokensIssued();
        SANDBOX.sandbox().disableCurrentToken();
        SANDBOX.sandbox().clearRequests();

        Exchange exchange = call("umf:payment/get", null, Map.of(UmfConstants.PAYMENT_ID, paymentId));

        assertThat(exchange.getMessage().getHeader(UmfConstants.RET_CODE)).isEqualTo("0000");
        assertThat(SANDBOX.sandbox().tokensIssued() - before).isEqualTo(1);
        List<RecordedRequest> gets = apiCalls();
        assertThat(gets).hasSize(2);
        assertThat(gets.get(0).retCode()).isEqualTo("00280703");
        assertThat(gets.get(0).responseStatus())
                .isEqualTo(refusalStatus == SandboxBehaviour.RefusalStatus.ALWAYS_200 ? 200 : 401);
        assertThat(gets.get(1).retCode()).isEqualTo("0000");
        assertThat(gets.get(0).header("Authorization")).isNotEqualTo(gets.get(1).header("Authorization"));
    }

    @Test
    void refusedPostIsRepeatedOnceWithTheNewTokenAndSignedAgain() {
        SANDBOX.sandbox().disableCurrentToken();
        createPayment();
        SANDBOX.sandbox().clearRequests();
        SANDBOX.sandbox().disableCurrentToken();

        call("umf:payment/create", TestOrders.payment("WECHAT_SCAN", TestOrders.newReference(), "3.00"), Map.of());

        List<RecordedRequest> posts = apiCalls();
        assertThat(posts).extracting(RecordedRequest::retCode).containsExactly("00280703", "0000");
        assertThat(posts).allSatisfy(r -> assertThat(r.signatureVerified()).isTrue());
    }

    @Test
    void tokenRefusedWithHttp401IsRefreshedTheSameWay() {
        String paymentId = createPayment();
        int before = SANDBOX.sandbox().tokensIssued();
        SANDBOX.sandbox().faults().nextCalls(1).onMethod("GET").respondRetCode("00280703", 401);

        Exchange exchange = call("umf:payment/get", null, Map.of(UmfConstants.PAYMENT_ID, paymentId));

        assertThat(exchange.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("WAIT_BUYER_PAY");
        assertThat(SANDBOX.sandbox().tokensIssued() - before).isEqualTo(1);
    }

    @Test
    void sixteenConcurrentRefusalsOfTheSameTokenCauseOneRefresh() throws Exception {
        String paymentId = createPayment();
        int before = SANDBOX.sandbox().tokensIssued();
        SANDBOX.sandbox().disableCurrentToken();

        List<Exchange> results = concurrently(() -> send("umf:payment/get", null,
                Map.of(UmfConstants.PAYMENT_ID, paymentId)));

        assertThat(results).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(SANDBOX.sandbox().tokensIssued() - before).isEqualTo(1);
    }

    @Test
    void aTokenRefusedTwiceInARowFailsWithAnAuthenticationError() {
        String paymentId = createPayment();
        SANDBOX.sandbox().faults().nextCalls(2).onMethod("GET").respondRetCode("00280703");

        Exchange exchange = send("umf:payment/get", null, Map.of(UmfConstants.PAYMENT_ID, paymentId));

        assertThat(exchange.getException()).isInstanceOf(io.github.camelumf.error.UmfAuthenticationException.class);
    }

    @ParameterizedTest(name = "refusals answered {0}")
    @EnumSource(SandboxBehaviour.RefusalStatus.class)
    void wrongClientSecretFailsWithAnAuthenticationErrorThatDoesNotShowTheSecret(
            SandboxBehaviour.RefusalStatus refusalStatus) {
        SANDBOX.behaviour().refusalStatus(refusalStatus);
        String uri = "umf:payment/get?paymentId=PAY_X&clientSecret=RAW(not-the-secret-42)";
        Exchange exchange = send(uri, null, Map.of());

        assertThat(exchange.getException()).isInstanceOf(io.github.camelumf.error.UmfAuthenticationException.class);
        assertThat(exchange.getException().getMessage()).doesNotContain("not-the-secret-42")
                .doesNotContain(SANDBOX.clientSecret());
    }

    private String createPayment() {
        Exchange created = call("umf:payment/create",
                TestOrders.payment("WECHAT_SCAN", TestOrders.newReference(), "9.99"), Map.of());
        return created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
    }

    private static List<RecordedRequest> apiCalls() {
        return SANDBOX.requests().stream().filter(r -> !r.isTokenCall()).toList();
    }

    private static List<Exchange> concurrently(Callable<Exchange> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Exchange>> futures = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Exchange> results = new ArrayList<>();
            for (Future<Exchange> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
