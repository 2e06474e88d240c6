package io.github.camelumf.jdbc.cluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelumf.ResponseVerification;
import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.UmfEnvironment;
import io.github.camelumf.jdbc.JdbcNotificationRepository;
import io.github.camelumf.jdbc.JdbcSettleDateRepository;
import io.github.camelumf.jdbc.JdbcTokenStore;
import io.github.camelumf.security.InMemoryTokenStore;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One node of the cluster tests, run in its own JVM by {@link ClusterNodes}: its own CamelContext and umf component
 * against the shared sandbox, with a {@link JdbcTokenStore} (or an in-memory store, to show the storm) and, when
 * {@code notifyPort} is set, a {@code umf:notification} route over {@link JdbcNotificationRepository}.
 * <p>
 * Talks on standard input and output, a line per message: it prints {@code READY}; {@code LOAD} runs the load for
 * {@code seconds} with {@code threads} threads and prints {@code RESULT calls=.. errors=.. storeQueries=..};
 * {@code LOAD 5} for 5 s; {@code EXIT} stops it. The route appends {@code TYPE:ID:STATE} to {@code routed-NAME.log} as its last step; for an
 * order whose mer_reference_id starts with {@code SLOW}, on a node with {@code hangOnSlow=true}, it prints {@code STARTED TYPE:ID:STATE} and hangs, so that
 * the test can kill the node in the middle of the route. With {@code settleProcessor} set it also runs the scheduled
 * settlement consumer over a {@link JdbcSettleDateRepository} ({@link SettlementRoute}).
 */
public final class ClusterNode {

    private final Properties settings;
    private final PrintStream out;
    private final String name;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final Map<String, AtomicLong> errorTypes = new ConcurrentHashMap<>();
    private JdbcTokenStore jdbcStore;
    private CamelContext context;

    private ClusterNode(Properties settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
        this.name = settings.getProperty("name");
    }

    public static void main(String[] args) throws Exception {
        Properties settings = new Properties();
        try (var reader = Files.newBufferedReader(Path.of(args[0]))) {
            settings.load(reader);
        }
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        ClusterNode node = new ClusterNode(settings, out);
        node.start();
        out.println("READY");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith("LOAD")) {
                String seconds = line.substring(4).trim();
                node.load(seconds.isEmpty() ? Long.parseLong(settings.getProperty("seconds")) : Long.parseLong(seconds));
            } else if ("EXIT".equals(line)) {
                break;
            }
        }
        node.context.stop();
        System.exit(0);
    }

    private void start() throws Exception {
        context = new DefaultCamelContext();
        UmfComponent component = new UmfComponent();
        UmfConfiguration configuration = component.getConfiguration();
        configuration.setEnvironment(UmfEnvironment.SANDBOX);
        configuration.setBaseUrl(settings.getProperty("baseUrl"));
        configuration.setClientId(settings.getProperty("clientId"));
        configuration.setClientSecret(settings.getProperty("clientSecret"));
        configuration.setPrivateKey(Files.readString(Path.of(settings.getProperty("privateKeyFile"))));
        configuration.setUmfPublicKey(Files.readString(Path.of(settings.getProperty("umfCertificateFile"))));
        configuration.setResponseVerification(ResponseVerification.STRICT);
        configuration.setTokenRefreshMargin(Long.parseLong(settings.getProperty("refreshMarginMillis")));
        configuration.setRetryInitialDelay(10);
        configuration.setRetryMaxDelay(100);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(settings.getProperty("jdbcUrl"));
        dataSource.setConnectTimeout(5);
        dataSource.setSocketTimeout(120);
        if ("jdbc".equals(settings.getProperty("store"))) {
            jdbcStore = new JdbcTokenStore(dataSource, settings.getProperty("clientId"));
            configuration.setTokenStore(jdbcStore);
        } else {
            configuration.setTokenStore(new InMemoryTokenStore());
        }
        int notifyPort = Integer.parseInt(settings.getProperty("notifyPort", "0"));
        if (notifyPort > 0) {
            configuration.setIdempotentRepository(new JdbcNotificationRepository(dataSource, "umf-notifications")
                    .setInFlightWaitSeconds(2));
        }
        String settleProcessor = settings.getProperty("settleProcessor");
        if (settleProcessor != null) {
            configuration.setClock(SettlementRoute.clockAt(settings.getProperty("settleToday")));
            context.getRegistry().bind("settleDates", new JdbcSettleDateRepository(dataSource, settleProcessor));
        }
        context.addComponent("umf", component);
        if (settleProcessor != null) {
            context.addRoutes(new SettlementRoute(name, settings.getProperty("settleStart"),
                    Path.of(settings.getProperty("outDir")), settings.getProperty("hangOnDate"), out));
        }
        if (notifyPort > 0) {
            Path routed = Path.of(settings.getProperty("outDir")).resolve("routed-" + name + ".log");
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // the notifications of these tests are made up (no such payment at UMF): not confirmed with UMF
                    from("umf:notification?bindHost=127.0.0.1&port=" + notifyPort + "&path=/umf/notify&confirmNotifications=false")
                            .routeId("notifications-" + name)
                            .process(exchange -> route(exchange, routed));
                }
            });
        }
        context.start();
    }

    private void route(Exchange exchange, Path routed) throws Exception {
        String key = exchange.getMessage().getHeader(UmfConstants.NOTIFICATION_TYPE) + ":"
                     + exchange.getMessage().getHeader(UmfConstants.PAYMENT_ID) + ":"
                     + exchange.getMessage().getHeader(UmfConstants.STATE);
        String reference = exchange.getMessage().getHeader(UmfConstants.MER_REFERENCE_ID, String.class);
        if (reference != null && reference.startsWith("SLOW") && Boolean.parseBoolean(settings.getProperty("hangOnSlow"))) {
            out.println("STARTED " + key);
            Thread.sleep(600_000); // the test kills this node now
        }
        synchronized (this) {
            Files.writeString(routed, key + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        }
    }

    private void load(long seconds) throws InterruptedException {
        int threads = Integer.parseInt(settings.getProperty("threads"));
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ProducerTemplate template = context.createProducerTemplate();
        long queriesBefore = jdbcStore == null ? 0 : jdbcStore.getQueryCount();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    Exchange created = template.send("umf:payment/create",
                            e -> e.getMessage().setBody(payment(reference())));
                    if (count(created)) {
                        String id = created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
                        count(template.send("umf:payment/get", e -> e.getMessage().setHeader(UmfConstants.PAYMENT_ID, id)));
                    }
                }
            }, name + "-load-" + i);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        long queries = jdbcStore == null ? 0 : jdbcStore.getQueryCount() - queriesBefore;
        out.println("RESULT calls=" + calls.get() + " errors=" + errors.get() + " storeQueries=" + queries + " errorTypes="
                    + new TreeMap<>(errorTypes));
        calls.set(0);
        errors.set(0);
        errorTypes.clear();
    }

    /** Counts a call; true when it succeeded. */
    private boolean count(Exchange exchange) {
        calls.incrementAndGet();
        Exception failure = exchange.getException();
        if (failure == null) {
            return true;
        }
        errors.incrementAndGet();
        errorTypes.computeIfAbsent(failure.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
        return false;
    }

    private static String reference() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    private static String payment(String reference) {
        String today = java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        return """
                {"payer":{"payment_method":"WECHAT_SCAN","payer_info":{"phone":"13552105741"},
                  "interface_type":"SERVER_TO_SERVER","business_type":"B2C"},
                 "order":{"mer_reference_id":"%s","mer_date":"%s","amount":{"total":"1.00","currency":"CNY"},
                   "order_summary":"Camel UMF cluster test","expire_time":"360","user_ip":"127.0.0.1",
                   "sub_orders":[{"mer_sub_reference_id":"%s","trans_code":"01122030",
                     "amount":{"total":"1.00","currency":"CNY"},"is_customs":"FALSE","invoice_id":"INV0001",
                     "items":[{"mer_item_id":"ITEM0001","type":"FOOD","name":"banana","quantity":"1",
                       "description":"banana","amount":{"total":"1.00","currency":"CNY"}}]}]},
                 "notify_url":"http://127.0.0.1:9/umf/notify","risk_info":{"trans_type":"02"}}
                """.formatted(reference, today, reference.substring(0, 16));
    }
}
