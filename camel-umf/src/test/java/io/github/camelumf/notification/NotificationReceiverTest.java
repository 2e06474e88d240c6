package io.github.camelumf.notification;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelumf.model.UmfNotification;
import io.github.camelumf.security.RsaSha256SignatureVerifier;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The receiver on its own, with the Camel message platform-http hands it: the size limit is inclusive (a notification
 * of exactly maxBodySize bytes is processed, one byte more is refused, announced or not), only POST is processed,
 * whatever body type the server hands over is read within the limit, and every answer is JSON.
 */
class NotificationReceiverTest {

    private static final KeyPair UMF = rsa();
    private static final CamelContext CAMEL = new DefaultCamelContext();

    private final List<UmfNotification> routed = new CopyOnWriteArrayList<>();
    private final NotificationStatistics statistics = new NotificationStatistics();

    @BeforeAll
    static void startCamel() {
        CAMEL.start();
    }

    @AfterAll
    static void stopCamel() throws Exception {
        CAMEL.close();
    }

    @Test
    void notificationOfExactlyMaxBodySizeIsProcessedAndOneByteMoreIsRefusedAnnouncedOrNot() throws Exception {
        byte[] exact = padded("PAY_EXACT", 4096);
        byte[] larger = padded("PAY_LARGER", 4097);

        Exchange announcedExact = deliver(receiver(4096), exact, (long) exact.length, "POST");
        Exchange streamedExact = deliver(receiver(4096), new ByteArrayInputStream(padded("PAY_EXACT2", 4096)), null, "POST");
        Exchange announcedLarger = deliver(receiver(4096), larger, (long) larger.length, "POST");
        Exchange streamedLarger = deliver(receiver(4096), new ByteArrayInputStream(larger), null, "POST");

        assertThat(status(announcedExact)).isEqualTo(200);
        assertThat(status(streamedExact)).isEqualTo(200);
        assertThat(routed).hasSize(2);
        assertThat(status(announcedLarger)).isEqualTo(413);
        assertThat(status(streamedLarger)).isEqualTo(413);
        assertThat(statistics.getRejected(NotificationRejection.TOO_LARGE)).isEqualTo(2);
    }

    @Test
    void aLengthAnnouncedAboveTheLimitIsRefusedBeforeTheBodyIsRead() throws Exception {
        byte[] small = signedBody("PAY_LIE");
        ByteArrayInputStream stream = new ByteArrayInputStream(small);

        Exchange answer = deliver(receiver(4096), stream, 4097L, "POST");

        assertThat(status(answer)).isEqualTo(413);
        assertThat(stream.available()).as("not a byte read").isEqualTo(small.length);
        assertThat(routed).isEmpty();
    }

    @Test
    void onlyPostIsProcessedAndAMessageWithoutAMethodHeaderIsTakenAsPost() throws Exception {
        Exchange get = deliver(receiver(4096), signedBody("PAY_GET"), null, "GET");
        Exchange lowerCasePost = deliver(receiver(4096), signedBody("PAY_POST"), null, "post");
        Exchange noMethod = deliver(receiver(4096), signedBody("PAY_NONE"), null, null);

        assertThat(status(get)).isEqualTo(405);
        assertThat(statistics.getRejected(NotificationRejection.METHOD_NOT_ALLOWED)).isEqualTo(1);
        assertThat(status(lowerCasePost)).isEqualTo(200);
        assertThat(status(noMethod)).isEqualTo(200);
        assertThat(routed).extracting(UmfNotification::id).containsExactly("PAY_POST", "PAY_NONE");
    }

    @Test
    void bodyHandedOverAsTextIsReadLikeBytes() throws Exception {
        byte[] body = signedBody("PAY_TEXT");
        Exchange exchange = new DefaultExchange(CAMEL);
        exchange.getMessage().setHeader(Exchange.HTTP_METHOD, "POST");
        exchange.getMessage().setHeader("Signature", NotificationSender.sign(UMF.getPrivate(), body));
        exchange.getMessage().setBody(new String(body, StandardCharsets.UTF_8));

        receiver(4096).process(exchange);

        assertThat(status(exchange)).isEqualTo(200);
        assertThat(routed).extracting(UmfNotification::id).containsExactly("PAY_TEXT");
    }

    @Test
    void missingBodyIsAnUnsignedNotification() throws Exception {
        Exchange exchange = new DefaultExchange(CAMEL);
        exchange.getMessage().setHeader(Exchange.HTTP_METHOD, "POST");

        receiver(4096).process(exchange);

        assertThat(status(exchange)).isEqualTo(401);
        assertThat(statistics.getRejected(NotificationRejection.MISSING_SIGNATURE)).isEqualTo(1);
    }

    @Test
    void everyAnswerIsJsonWithOnlyItsOwnHeaders() throws Exception {
        Exchange accepted = deliver(receiver(4096), signedBody("PAY_JSON"), null, "POST");
        Exchange refused = deliver(receiver(4096), "{}".getBytes(StandardCharsets.UTF_8), null, "POST");

        for (Exchange answer : List.of(accepted, refused)) {
            assertThat(answer.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/json;charset=UTF-8");
            assertThat(answer.getMessage().getHeaders()).containsOnlyKeys(Exchange.HTTP_RESPONSE_CODE,
                    Exchange.CONTENT_TYPE);
        }
        assertThat(accepted.getMessage().getBody(String.class))
                .isEqualTo("{\"meta\":{\"ret_code\":\"0000\",\"ret_msg\":\"SUCCESS\"}}");
        assertThat(refused.getMessage().getBody(String.class)).contains("\"ret_code\":\"00060999\"");
    }

    @Test
    void anEndlessBodyIsRefusedAfterReadingOneByteMoreThanTheLimit() throws Exception {
        int[] read = new int[1];
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return ' ';
            }
        };
        Exchange exchange = new DefaultExchange(CAMEL);
        exchange.getMessage().setHeader(Exchange.HTTP_METHOD, "POST");
        exchange.getMessage().setHeader("Signature", "c2lnbmF0dXJl");
        exchange.getMessage().setBody(endless);

        receiver(4096).process(exchange);

        assertThat(status(exchange)).isEqualTo(413);
        assertThat(read[0]).as("bytes read of the endless body").isEqualTo(4097);
    }

    @Test
    void theFirstRefusalForAReasonIsWarnedAtOnceAndTheNextOnesWithinAMinuteAreNot() throws Exception {
        NotificationReceiver receiver = receiver(4096);
        try (CapturingLog log = CapturingLog.attach(NotificationReceiver.class.getName())) {
            deliver(receiver, signedBody("PAY_W1"), null, "GET");
            assertThat(log.events()).singleElement().satisfies(e -> {
                assertThat(e.level()).isEqualTo("WARN");
                assertThat(e.message()).contains("only POST").doesNotContain("more refused");
            });

            deliver(receiver, signedBody("PAY_W2"), null, "PUT");
            assertThat(log.events()).hasSize(1);
        }
        assertThat(statistics.getRejected(NotificationRejection.METHOD_NOT_ALLOWED)).isEqualTo(2);
    }

    @Test
    void theRepositoryHearsWhatBecameOfEachNotification() throws Exception {
        RecordingRepository repository = new RecordingRepository();
        boolean[] fail = { false };
        NotificationReceiver receiver = new NotificationReceiver(new RsaSha256SignatureVerifier(UMF.getPublic()),
                repository, 4096, notification -> {
                    routed.add(notification);
                    return !fail[0];
                }, statistics, null);

        deliver(receiver, NotificationSender.paymentNotification("PAY_R1", "O1", "TRADE_SUCCESS", false)
                .getBytes(StandardCharsets.UTF_8), null, "POST");
        deliver(receiver, NotificationSender.paymentNotification("PAY_R1", "O1", "WAIT_BUYER_PAY", false)
                .getBytes(StandardCharsets.UTF_8), null, "POST");
        fail[0] = true;
        Exchange failed = deliver(receiver, NotificationSender.paymentNotification("PAY_R2", "O2", "TRADE_SUCCESS", false)
                .getBytes(StandardCharsets.UTF_8), null, "POST");

        assertThat(repository.calls).containsSubsequence("add PAYMENT:PAY_R1:TRADE_SUCCESS",
                "confirm PAYMENT:PAY_R1:TRADE_SUCCESS");
        assertThat(repository.calls).as("the stale state is recorded as done, not routed")
                .containsSubsequence("add PAYMENT:PAY_R1:WAIT_BUYER_PAY", "confirm PAYMENT:PAY_R1:WAIT_BUYER_PAY");
        assertThat(repository.calls).containsSubsequence("add PAYMENT:PAY_R2:TRADE_SUCCESS",
                "remove PAYMENT:PAY_R2:TRADE_SUCCESS").doesNotContain("confirm PAYMENT:PAY_R2:TRADE_SUCCESS");
        assertThat(status(failed)).isEqualTo(500);
        assertThat(routed).extracting(UmfNotification::state).containsExactly("TRADE_SUCCESS", "TRADE_SUCCESS");
    }

    /** Camel's in-memory repository, with the calls the receiver made on it written down. */
    private static final class RecordingRepository implements IdempotentRepository {
        final List<String> calls = new CopyOnWriteArrayList<>();
        private final IdempotentRepository memory = MemoryIdempotentRepository.memoryIdempotentRepository(100);

        @Override
        public boolean add(String key) {
            calls.add("add " + key);
            return memory.add(key);
        }

        @Override
        public boolean contains(String key) {
            return memory.contains(key);
        }

        @Override
        public boolean remove(String key) {
            calls.add("remove " + key);
            return memory.remove(key);
        }

        @Override
        public boolean confirm(String key) {
            calls.add("confirm " + key);
            return memory.confirm(key);
        }

        @Override
        public void clear() {
            memory.clear();
        }

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }
    }

    private NotificationReceiver receiver(int maxBodySize) {
        return new NotificationReceiver(new RsaSha256SignatureVerifier(UMF.getPublic()),
                MemoryIdempotentRepository.memoryIdempotentRepository(100), maxBodySize, notification -> {
                    routed.add(notification);
                    return true;
                }, statistics, null);
    }

    private Exchange deliver(NotificationReceiver receiver, Object body, Long contentLength, String method)
            throws Exception {
        byte[] bytes = body instanceof byte[] b ? b : null;
        Exchange exchange = new DefaultExchange(CAMEL);
        if (method != null) {
            exchange.getMessage().setHeader(Exchange.HTTP_METHOD, method);
        }
        if (contentLength != null) {
            exchange.getMessage().setHeader(Exchange.CONTENT_LENGTH, contentLength);
        }
        if (body instanceof ByteArrayInputStream stream) {
            stream.mark(0);
            bytes = stream.readAllBytes();
            stream.reset();
        }
        exchange.getMessage().setHeader("Signature", NotificationSender.sign(UMF.getPrivate(), bytes));
        exchange.getMessage().setBody(body);
        receiver.process(exchange);
        return exchange;
    }

    private static int status(Exchange exchange) {
        return exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
    }

    private static byte[] signedBody(String paymentId) {
        return NotificationSender.paymentNotification(paymentId, "ORDER-" + paymentId, "TRADE_SUCCESS", false)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A payment notification padded with trailing white space (still valid JSON) to exactly {@code size} bytes. */
    private static byte[] padded(String paymentId, int size) {
        String json = new String(signedBody(paymentId), StandardCharsets.UTF_8);
        return (json + " ".repeat(size - json.length())).getBytes(StandardCharsets.UTF_8);
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
