package io.github.camelumf.it;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.ErrorCategory;
import io.github.camelumf.error.UmfAmbiguousOutcomeException;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfConnectionException;
import io.github.camelumf.error.UmfDuplicateOrderException;
import io.github.camelumf.http.RetryPolicy;
import io.github.camelumf.sandbox.RecordedRequest;
import io.github.camelumf.security.InMemoryTokenStore;
import org.apache.camel.Exchange;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Real transport failures between the component and the sandbox: a POST that may have reached UMF is never repeated
 * and is reported as an ambiguous outcome; a POST that never left is a connection failure; GETs are repeated on
 * connection failures, 429 and 5xx with capped exponential backoff.
 */
class TransportFailureTest extends SandboxTestSupport {

    private static final String CREATE_PATH = "/payments/payment";
    private static final String GET_PATH = "/payments/payment/PAY_.+";

    @Override
    protected void configure(UmfConfiguration configuration) {
        super.configure(configuration);
        // endpoints with their own timeouts or retries get their own client: let them share one token
        configuration.setTokenStore(new InMemoryTokenStore());
    }

    // --- POST: sent once, ambiguous once it may have arrived ---

    @Test
    void postWhoseConnectionDropsAfterTheRequestIsAmbiguousAndNotRepeated() {
        SANDBOX.faults().nextCalls(1).onMethod("POST").onPath(CREATE_PATH).dropConnectionAfterRequest();
        String order = order();

        Exchange exchange = send("umf:payment/create", order, Map.of());

        UmfAmbiguousOutcomeException e = ambiguous(exchange);
        List<RecordedRequest> creates = creates();
        assertThat(creates).hasSize(1);
        assertThat(creates.get(0).connectionDropped()).isTrue();
        // the sandbox did not process it: the same order can still be created
        assertThat(call("umf:payment/create", order, Map.of()).getMessage().getHeader(UmfConstants.PAYMENT_ID,
                String.class)).startsWith("PAY_");
        assertThat(e.getCause()).isNotNull();
    }

    @Test
    void postProcessedBeforeTheConnectionDroppedIsAmbiguousAndThePaymentExists() {
        SANDBOX.faults().nextCalls(1).onMethod("POST").onPath(CREATE_PATH).dropConnectionAfterRequest(true);
        String order = order();

        Exchange exchange = send("umf:payment/create", order, Map.of());

        ambiguous(exchange);
        assertThat(creates()).hasSize(1);
        // repeating blindly would have created the payment twice: UMF already holds it
        Exchange repeated = send("umf:payment/create", order, Map.of());
        assertThat(repeated.getException()).isInstanceOf(UmfDuplicateOrderException.class);
        assertThat(((UmfDuplicateOrderException) repeated.getException()).getRetCode()).isEqualTo("00202022");
    }

    @Test
    void postAnsweredAfterTheResponseTimeoutIsAmbiguousAndNotRepeated() throws InterruptedException {
        SANDBOX.faults().nextCalls(1).onMethod("POST").onPath(CREATE_PATH).delay(Duration.ofMillis(700));

        long started = System.nanoTime();
        Exchange exchange = send("umf:payment/create?responseTimeout=250", order(), Map.of());
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        UmfAmbiguousOutcomeException e = ambiguous(exchange);
        assertThat(e).hasRootCauseInstanceOf(SocketTimeoutException.class);
        assertThat(tookMillis).as("gave up at the response timeout, did not wait for the answer").isLessThan(650);
        // the sandbox records the call once it has answered it
        List<RecordedRequest> creates = awaitRequests(r -> isCreate(r) && r.responseStatus() != 0, 1);
        assertThat(creates).hasSize(1);
        assertThat(creates.get(0).responseStatus()).as("UMF created the payment after all").isEqualTo(200);
        assertThat(creates()).hasSize(1);
    }

    @Test
    void postToAPortWhereNothingListensIsAConnectionFailureNotAnAmbiguousOutcome() {
        call("umf:payment/create", order(), Map.of()); // obtains the token both endpoints share
        SANDBOX.clearRequests();
        String nowhere = "http://127.0.0.1:" + AvailablePortFinder.getNextAvailable() + "/cberest/v1";

        Exchange exchange = send("umf:payment/create?baseUrl=" + nowhere, order(), Map.of());

        assertThat(exchange.getException()).isExactlyInstanceOf(UmfConnectionException.class)
                .isNotInstanceOf(UmfAmbiguousOutcomeException.class)
                .hasMessageContaining("payment/create")
                .hasMessageContaining("request not sent")
                .hasCauseInstanceOf(ConnectException.class);
        assertNoRequestData(exchange.getException());
        assertThat(SANDBOX.requests()).isEmpty();
    }

    @Test
    void postAnsweredServiceUnavailableIsNotRepeated() {
        SANDBOX.faults().nextCalls(1).onMethod("POST").onPath(CREATE_PATH).respondHttpStatus(503);

        Exchange exchange = send("umf:payment/create", order(), Map.of());

        assertThat(exchange.getException()).isInstanceOf(UmfApiException.class);
        UmfApiException e = (UmfApiException) exchange.getException();
        assertThat(e.getHttpStatus()).isEqualTo(503);
        assertThat(e.getCategory()).isEqualTo(ErrorCategory.SYSTEM);
        assertThat(e.getOperation()).isEqualTo("payment/create");
        assertThat(creates()).hasSize(1);
    }

    // --- GET: repeated with backoff ---

    @Test
    void getAnsweredServiceUnavailableTwiceIsRetriedAndSucceeds() {
        String paymentId = createPayment();
        SANDBOX.faults().nextCalls(2).onMethod("GET").onPath(GET_PATH).respondHttpStatus(503);

        Exchange fetched = call("umf:payment/get", null, Map.of(UmfConstants.PAYMENT_ID, paymentId));

        assertThat(fetched.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("WAIT_BUYER_PAY");
        assertThat(gets()).extracting(RecordedRequest::responseStatus).containsExactly(503, 503, 200);
    }

    @Test
    void getAnsweredTooManyRequestsIsRetriedAndSucceeds() {
        String paymentId = createPayment();
        SANDBOX.faults().nextCalls(1).onMethod("GET").onPath(GET_PATH).respondHttpStatus(429);

        Exchange fetched = call("umf:payment/get", null, Map.of(UmfConstants.PAYMENT_ID, paymentId));

        assertThat(fetched.getMessage().getHeader(UmfConstants.PAYMENT_ID)).isEqualTo(paymentId);
        assertThat(gets()).extracting(RecordedRequest::responseStatus).containsExactly(429, 200);
    }

    @Test
    void getStillUnavailableAfterMaxRetriesFailsWithTheLastAnswer() {
        String paymentId = createPayment();
        SANDBOX.faults().nextCalls(10).onMethod("GET").onPath(GET_PATH).respondHttpStatus(503);

        Exchange exchange = send("umf:payment/get?maxRetries=2", null, Map.of(UmfConstants.PAYMENT_ID, paymentId));

        assertThat(exchange.getException()).isInstanceOf(UmfApiException.class);
        UmfApiException e = (UmfApiException) exchange.getException();
        assertThat(e.getHttpStatus()).isEqualTo(503);
        assertThat(e.getCategory()).isEqualTo(ErrorCategory.SYSTEM);
        assertThat(e.getOperation()).isEqualTo("payment/get");
        assertThat(gets()).as("maxRetries + 1 attempts").hasSize(3);
    }

    @Test
    void getWhoseConnectionDropsIsRetriedAndSucceeds() {
        String paymentId = createPayment();
        SANDBOX.faults().nextCalls(1).onMethod("GET").onPath(GET_PATH).dropConnectionAfterRequest();

        Exchange fetched = call("umf:payment/get", null, Map.of(UmfConstants.PAYMENT_ID, paymentId));

        assertThat(fetched.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("WAIT_BUYER_PAY");
        assertThat(gets()).extracting(RecordedRequest::connectionDropped).containsExactly(true, false);
    }

    @Test
    void getWhoseConnectionKeepsDroppingFailsAsAConnectionFailureAfterMaxRetries() {
        String paymentId = createPayment();
        SANDBOX.faults().nextCalls(10).onMethod("GET").onPath(GET_PATH).dropConnectionAfterRequest();

        Exchange exchange = send("umf:payment/get?maxRetries=1", null, Map.of(UmfConstants.PAYMENT_ID, paymentId));

        assertThat(exchange.getException()).isExactlyInstanceOf(UmfConnectionException.class)
                .hasMessageContaining("payment/get")
                .hasMessageContaining("2 attempt(s)");
        assertThat(gets()).hasSize(2);
    }

    // --- retry delays ---

    @Test
    void retryDelayLiesBetweenHalfAndAllOfTheCappedExponentialDelay() {
        RetryPolicy policy = new RetryPolicy(20, Duration.ofMillis(100), Duration.ofMillis(5_000));
        for (int attempt = 0; attempt < 20; attempt++) {
            long full = Math.min(5_000, 100L << attempt);
            for (int sample = 0; sample < 200; sample++) {
                long delay = policy.delayBefore(attempt).toMillis();
                assertThat(delay).as("retry %d", attempt).isBetween(full / 2, full);
            }
        }
    }

    @Test
    void retryDelayIsJitteredNotFixed() {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(1_000), Duration.ofMillis(10_000));
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToLong(i -> policy.delayBefore(2).toMillis()).distinct().count();
        assertThat(distinct).isGreaterThan(1);
    }

    @Test
    void retryDelayIsCappedAndNeverNegativeWhateverTheAttemptAndInitialDelay() {
        for (Duration initial : List.of(Duration.ofMillis(1), Duration.ofSeconds(3), Duration.ofHours(1),
                Duration.ofDays(400))) {
            Duration max = initial.multipliedBy(3);
            RetryPolicy policy = new RetryPolicy(100, initial, max);
            for (int attempt = 0; attempt <= 100; attempt++) {
                long delay = policy.delayBefore(attempt).toMillis();
                long full = Math.min(max.toMillis(), attempt >= 2 ? max.toMillis() : initial.toMillis() << attempt);
                assertThat(delay).as("retry %d after initial %s", attempt, initial).isBetween(full / 2, full);
            }
        }
    }

    @Test
    void zeroDelaysAndNegativeSettings() {
        assertThat(RetryPolicy.none().delayBefore(0)).isZero();
        assertThat(RetryPolicy.none().maxRetries()).isZero();
        assertThatThrownBy(() -> new RetryPolicy(-1, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetries");
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofMillis(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @Test
    void onlyTooManyRequestsAndServerErrorsAreWorthRetrying() {
        assertThat(List.of(429, 500, 502, 503, 504)).allMatch(RetryPolicy::isRetryableStatus);
        assertThat(List.of(200, 400, 401, 403, 404, 409)).noneMatch(RetryPolicy::isRetryableStatus);
    }

    // --- helpers ---

    private UmfAmbiguousOutcomeException ambiguous(Exchange exchange) {
        assertThat(exchange.getException()).isExactlyInstanceOf(UmfAmbiguousOutcomeException.class)
                .hasMessageContaining("Outcome of payment/create is unknown")
                .hasMessageContaining("query it before repeating");
        UmfAmbiguousOutcomeException e = (UmfAmbiguousOutcomeException) exchange.getException();
        assertThat(e.getOperation()).isEqualTo("payment/create");
        assertNoRequestData(e);
        return e;
    }

    private static void assertNoRequestData(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(TestOrders.PHONE, "Camel UMF test order",
                    "127.0.0.1:9/umf/notify");
        }
    }

    private String createPayment() {
        String id = call("umf:payment/create", order(), Map.of()).getMessage().getHeader(UmfConstants.PAYMENT_ID,
                String.class);
        SANDBOX.clearRequests();
        return id;
    }

    private static String order() {
        return TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "100.00");
    }

    private static boolean isCreate(RecordedRequest r) {
        return r.method().equals("POST") && r.apiPath().equals(CREATE_PATH);
    }

    private static List<RecordedRequest> creates() {
        return SANDBOX.requests().stream().filter(TransportFailureTest::isCreate).toList();
    }

    private static List<RecordedRequest> gets() {
        return SANDBOX.requests().stream().filter(r -> r.method().equals("GET")).toList();
    }

    /** Waits (at most 3 s) until {@code count} recorded requests match. */
    private static List<RecordedRequest> awaitRequests(Predicate<RecordedRequest> filter, int count)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        List<RecordedRequest> matching = SANDBOX.requests().stream().filter(filter).toList();
        while (matching.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
            matching = SANDBOX.requests().stream().filter(filter).toList();
        }
        return matching;
    }
}
