package io.github.camelumf.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelumf.ResponseVerification;
import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.UmfEnvironment;
import io.github.camelumf.sandbox.UmfSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full producer call through Camel against an in-process sandbox on 127.0.0.1, against the same call made by hand
 * with {@link java.net.http.HttpClient} (the baseline, {@code client=jdk}: HTTP plus the sandbox's own work, which
 * includes signing every answer with its RSA key) and, as a second reference, with Apache HttpClient 5
 * ({@code client=apache}), the HTTP library the component uses. The difference is what the component adds per call.
 * <ul>
 * <li>{@code payment/get}: token cache, request building, response signature verification (STRICT), JSON mapping to
 * {@code Payment} and headers;</li>
 * <li>{@code payment/create}: additionally validation, the *enc* walk (nothing to encrypt in this body) and signing;
 * the baseline signs the same bytes with a JDK {@code Signature} and posts them. Every invocation uses a new
 * mer_reference_id, so every call creates a payment.</li>
 * </ul>
 * Each state starts its own sandbox (a new token disables the previous one, so the two clients must not share one).
 * The warm-up is long: at a few hundred calls per second on two cores, the whole stack (Camel, Jackson, HttpClient,
 * the sandbox) is still being compiled long after its times seem to stop falling. Measured with {@code -t 4}: the C2
 * compiler threads took 12.6% of the process's CPU from second 22 to 32 of a fork (9.3% for the Apache reference)
 * and 4.4% from second 60 to 70, so a 12-second warm-up measured the JIT as much as the calls, and more for the
 * side with more code. 40 one-second warm-up iterations; 10 measured seconds, because one-second iterations of network
 * calls on two cores scatter by 20% or more.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 40, time = 1)
@Measurement(iterations = 10, time = 1)
public class ProducerOverheadBenchmark {

    private static final String CREATE_PATH = "/payments/payment";

    private static UmfSandbox startSandbox() {
        return UmfSandbox.builder().maxRecordedRequests(0).build().start();
    }

    /** The component, configured as the integration tests configure it, with one payment created through it. */
    @State(Scope.Benchmark)
    public static class ThroughCamel {
        UmfSandbox sandbox;
        CamelContext context;
        ProducerTemplate template;
        Endpoint get;
        Endpoint create;
        String paymentId;
        String merDate;
        final Payloads.References references = new Payloads.References();

        @Setup(Level.Trial)
        public void start() {
            sandbox = startSandbox();
            context = new DefaultCamelContext();
            UmfComponent component = new UmfComponent();
            UmfConfiguration configuration = component.getConfiguration();
            configuration.setEnvironment(UmfEnvironment.SANDBOX);
            configuration.setBaseUrl(sandbox.baseUrl());
            configuration.setClientId(sandbox.clientId());
            configuration.setClientSecret(sandbox.clientSecret());
            configuration.setPrivateKey(sandbox.keys().merchantPrivateKeyPkcs1Pem());
            configuration.setUmfPublicKey(sandbox.keys().umfCertificatePem());
            configuration.setResponseVerification(ResponseVerification.STRICT);
            context.addComponent("umf", component);
            context.start();
            template = context.createProducerTemplate();
            get = context.getEndpoint("umf:payment/get");
            create = context.getEndpoint("umf:payment/create");
            merDate = Payloads.today();
            paymentId = call(create, Payloads.paymentCreate(references.next(), merDate), Map.of())
                    .getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
            if (paymentId == null) {
                throw new IllegalStateException("payment/create gave no payment id");
            }
        }

        Exchange call(Endpoint endpoint, Object body, Map<String, Object> headers) {
            Exchange exchange = template.send(endpoint, e -> {
                e.getMessage().setBody(body);
                headers.forEach(e.getMessage()::setHeader);
            });
            if (exchange.getException() != null) {
                throw new IllegalStateException("umf:" + endpoint.getEndpointKey() + " failed", exchange.getException());
            }
            return exchange;
        }

        @TearDown(Level.Trial)
        public void stop() {
            if (template != null) {
                template.stop();
            }
            if (context != null) {
                context.stop();
            }
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    /** {@link RawUmfClient} with its own sandbox, token and payment. */
    @State(Scope.Benchmark)
    public static class RawHttp {
        /** {@code jdk}: java.net.http.HttpClient (the baseline); {@code apache}: Apache HttpClient 5, as the component. */
        @Param({ "jdk", "apache" })
        String client;

        UmfSandbox sandbox;
        RawUmfClient http;
        String paymentPath;
        String merDate;
        final Payloads.References references = new Payloads.References();

        @Setup(Level.Trial)
        public void start() throws IOException {
            sandbox = startSandbox();
            http = "apache".equals(client)
                    ? new ApacheHttpUmfClient(sandbox.baseUrl(), sandbox.keys().merchantPrivateKey())
                    : new JdkHttpUmfClient(sandbox.baseUrl(), sandbox.keys().merchantPrivateKey());
            http.authorize(sandbox.clientId(), sandbox.clientSecret());
            merDate = Payloads.today();
            byte[] created = http.signedPost(CREATE_PATH,
                    Payloads.paymentCreate(references.next(), merDate).getBytes(StandardCharsets.UTF_8));
            JsonNode id = new ObjectMapper().readTree(created).path("payment").get("id");
            if (id == null) {
                throw new IllegalStateException("payment/create gave no payment id");
            }
            paymentPath = CREATE_PATH + "/" + id.asText();
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            if (http != null) {
                http.close();
            }
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    /** A payment of this benchmark thread, created through the component (with {@code -t 4} each thread reads its own). */
    @State(Scope.Thread)
    public static class CamelThreadPayment {
        String paymentId;

        @Setup(Level.Trial)
        public void create(ThroughCamel camel) {
            paymentId = camel.call(camel.create, Payloads.paymentCreate(camel.references.next(), camel.merDate), Map.of())
                    .getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
        }
    }

    /** A payment of this benchmark thread, created by hand. */
    @State(Scope.Thread)
    public static class RawThreadPayment {
        String paymentPath;

        @Setup(Level.Trial)
        public void create(RawHttp raw) throws IOException {
            byte[] created = raw.http.signedPost(CREATE_PATH,
                    Payloads.paymentCreate(raw.references.next(), raw.merDate).getBytes(StandardCharsets.UTF_8));
            paymentPath = CREATE_PATH + "/" + new ObjectMapper().readTree(created).path("payment").get("id").asText();
        }
    }

    @Benchmark
    public Object getThroughCamel(ThroughCamel state, CamelThreadPayment payment) {
        return state.call(state.get, null, Map.of(UmfConstants.PAYMENT_ID, payment.paymentId)).getMessage().getBody();
    }

    @Benchmark
    public byte[] getBaselineRawHttp(RawHttp state, RawThreadPayment payment) throws IOException {
        return state.http.get(payment.paymentPath);
    }

    @Benchmark
    public Object createThroughCamel(ThroughCamel state) {
        return state.call(state.create, Payloads.paymentCreate(state.references.next(), state.merDate), Map.of())
                .getMessage().getBody();
    }

    @Benchmark
    public byte[] createBaselineRawSignedPost(RawHttp state) throws IOException {
        return state.http.signedPost(CREATE_PATH,
                Payloads.paymentCreate(state.references.next(), state.merDate).getBytes(StandardCharsets.UTF_8));
    }
}
