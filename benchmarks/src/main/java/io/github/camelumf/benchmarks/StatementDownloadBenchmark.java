package io.github.camelumf.benchmarks;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;

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
import org.apache.camel.support.ObjectHelper;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * A settlement file (3.21, SETTLEDETAIL) of about 1 GiB served by an in-process sandbox over HTTP on 127.0.0.1 (its
 * synthetic statement control: the file is generated as it is sent, never held), read in a JVM with {@code -Xmx64m}:
 * <ul>
 * <li>{@code recordsThroughCamel}: {@code umf:settlement/download} with the default {@code outputType=records}
 * (STRICT signature verification over the streamed bytes, every column parsed into a typed
 * {@code SettlementRecord}, dates included, and the integrity check at the end: header/trailer, count, totals,
 * currency), the body iterated the way {@code .split(body()).streaming()} does ({@link ObjectHelper#createIterator});
 * </li>
 * <li>{@code baselineLineReader}: the same bytes from the same URL with the same HTTP library (Apache HttpClient 5),
 * read by {@link BaselineSettlementLines}: a buffered line reader that splits each line and parses its amount
 * columns as {@link BigDecimal}, nothing else.</li>
 * </ul>
 * Each invocation is one whole file ({@code SingleShotTime}). The request is made in the invocation's setup: the
 * sandbox, built with {@code signFiles(true)}, signs a file in a first pass over its bytes before it sends the headers
 * (a sandbox artefact: it never holds the file), which takes as long for both sides and is not measured; the measured time runs from the response
 * headers to the end of the file, checked. The file size is printed by the baseline; MB/s = size / time.
 * Run with {@code -prof io.github.camelumf.benchmarks.HeapPeakProfiler} for the heap figures. Not run by the build.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class StatementDownloadBenchmark {

    /** What one synthetic record adds to the trailer's totals (the sandbox's synthetic foreignAmount). */
    private static final BigDecimal RECORD_AMOUNT = new BigDecimal("190.93");
    private static final String PATH = "/payments/statement_download?settle_date=";

    /** The sandbox, serving a synthetic file of {@link #records} records on a settle date that is ready. */
    @State(Scope.Benchmark)
    public static class Served {
        /** 6,550,000 records of about 164 bytes: 1.004 GiB. */
        @Param("6550000")
        long records;

        UmfSandbox sandbox;
        String settleDate;

        @Setup(Level.Trial)
        public void start() {
            // signFiles: the file carries a Signature header, so that the component's STRICT side verifies it as it
            // streams (the default sandbox, like the UMF reference, sends files unsigned)
            sandbox = UmfSandbox.builder().maxRecordedRequests(0).signFiles(true).build().start();
            // a settle date two days back on the sandbox clock (China time): its file is ready
            settleDate = LocalDate.now(sandbox.clock()).minusDays(2).format(DateTimeFormatter.BASIC_ISO_DATE);
            sandbox.statements().synthetic(settleDate, records);
        }

        BigDecimal expectedTotal() {
            return RECORD_AMOUNT.multiply(BigDecimal.valueOf(records));
        }

        @TearDown(Level.Trial)
        public void stop() {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    /** The component, configured as the integration tests configure it; each invocation downloads the file. */
    @State(Scope.Benchmark)
    public static class ThroughCamel {
        CamelContext context;
        ProducerTemplate template;
        Endpoint download;
        Exchange opened;

        @Setup(Level.Trial)
        public void start(Served served) {
            context = new DefaultCamelContext();
            UmfComponent component = new UmfComponent();
            UmfConfiguration configuration = component.getConfiguration();
            configuration.setEnvironment(UmfEnvironment.SANDBOX);
            configuration.setBaseUrl(served.sandbox.baseUrl());
            configuration.setClientId(served.sandbox.clientId());
            configuration.setClientSecret(served.sandbox.clientSecret());
            configuration.setPrivateKey(served.sandbox.keys().merchantPrivateKeyPkcs1Pem());
            configuration.setUmfPublicKey(served.sandbox.keys().umfCertificatePem());
            configuration.setResponseVerification(ResponseVerification.STRICT);
            // the sandbox's signing pass over 1 GiB comes before the headers: generous bounds on a loaded machine
            configuration.setResponseTimeout(600_000);
            configuration.setCallTimeout(900_000);
            context.addComponent("umf", component);
            context.start();
            template = context.createProducerTemplate();
            download = context.getEndpoint("umf:settlement/download");
        }

        @Setup(Level.Invocation)
        public void open(Served served) {
            long start = System.nanoTime();
            opened = template.send(download,
                    e -> e.getMessage().setHeader(UmfConstants.SETTLE_DATE, served.settleDate));
            if (opened.getException() != null) {
                throw new IllegalStateException("umf:settlement/download failed", opened.getException());
            }
            printUnmeasured(start);
        }

        @TearDown(Level.Invocation)
        public void check(Served served) {
            Long count = opened.getMessage().getHeader(UmfConstants.STATEMENT_RECORD_COUNT, Long.class);
            BigDecimal total = opened.getMessage().getHeader(UmfConstants.STATEMENT_TOTAL, BigDecimal.class);
            if (count == null || count != served.records || total == null
                || total.compareTo(served.expectedTotal()) != 0) {
                throw new IllegalStateException("the file was not read whole and checked: " + count + " records, "
                                                + total);
            }
            opened = null;
        }

        @TearDown(Level.Trial)
        public void stop() {
            if (template != null) {
                template.stop();
            }
            if (context != null) {
                context.stop();
            }
        }
    }

    /** The baseline's HTTP client and token; each invocation opens the file. */
    @State(Scope.Benchmark)
    public static class Baseline {
        ApacheHttpUmfClient http;
        CountingInputStream opened;
        BaselineSettlementLines.Totals read;

        @Setup(Level.Trial)
        public void start(Served served) throws IOException {
            http = new ApacheHttpUmfClient(served.sandbox.baseUrl(), served.sandbox.keys().merchantPrivateKey());
            http.authorize(served.sandbox.clientId(), served.sandbox.clientSecret());
        }

        @Setup(Level.Invocation)
        public void open(Served served) throws IOException {
            long start = System.nanoTime();
            // a token of its own for each file: another client of the same sandbox (StatementDownloadComparison runs
            // the component beside it) disables the previous one when it fetches its token
            http.authorize(served.sandbox.clientId(), served.sandbox.clientSecret());
            opened = new CountingInputStream(http.openGet(PATH + served.settleDate));
            printUnmeasured(start);
        }

        @TearDown(Level.Invocation)
        public void check(Served served) {
            if (read == null || read.records() != served.records
                || read.foreignAmount().compareTo(served.expectedTotal()) != 0) {
                throw new IllegalStateException("the file was not read whole: " + read);
            }
            System.out.printf("file: %,d bytes (%.3f GiB)%n", opened.count, opened.count / (1024.0 * 1024 * 1024));
            opened = null;
            read = null;
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            if (http != null) {
                http.close();
            }
        }
    }

    @Benchmark
    public long recordsThroughCamel(ThroughCamel camel, Blackhole blackhole) {
        Iterator<?> records = ObjectHelper.createIterator(camel.opened.getMessage().getBody());
        long count = 0;
        while (records.hasNext()) {
            blackhole.consume(records.next());
            count++;
        }
        return count;
    }

    @Benchmark
    public BaselineSettlementLines.Totals baselineLineReader(Baseline baseline) throws IOException {
        baseline.read = BaselineSettlementLines.read(baseline.opened);
        return baseline.read;
    }

    private static void printUnmeasured(long start) {
        System.out.printf("(not measured: request until the response headers, the sandbox's signing pass: %.1f s)%n",
                (System.nanoTime() - start) / 1e9);
    }

    /** Counts the bytes read through it. */
    static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = super.read(bytes, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
