package io.github.camelumf.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.sandbox.payment.ExpressService;
import io.github.camelumf.sandbox.declaration.DeclarationKind;
import io.github.camelumf.sandbox.declaration.DeclarationService;
import io.github.camelumf.sandbox.agreement.AgreementStore;
import io.github.camelumf.sandbox.agreement.BindingService;
import io.github.camelumf.sandbox.payment.Ids;
import io.github.camelumf.sandbox.payment.OrderRefundService;
import io.github.camelumf.sandbox.payment.Links;
import io.github.camelumf.sandbox.payment.PaymentService;
import io.github.camelumf.sandbox.payment.PaymentStore;
import io.github.camelumf.sandbox.payment.ReferenceDataService;
import io.github.camelumf.sandbox.payment.RefundService;
import io.github.camelumf.sandbox.notification.DeliveryLog;
import io.github.camelumf.sandbox.notification.DeliverySettings;
import io.github.camelumf.sandbox.notification.NotificationBodies;
import io.github.camelumf.sandbox.notification.NotificationControls;
import io.github.camelumf.sandbox.notification.NotificationDispatcher;
import io.github.camelumf.sandbox.notification.NotificationSigner;
import io.github.camelumf.sandbox.notification.Notifier;
import io.github.camelumf.sandbox.security.FieldDecryptor;
import io.github.camelumf.sandbox.security.TokenRegistry;
import io.github.camelumf.sandbox.server.ApiHandler;
import io.github.camelumf.sandbox.server.ApiRoutes;
import io.github.camelumf.sandbox.server.BehaviourControl;
import io.github.camelumf.sandbox.trade.TradeServices;
import io.github.camelumf.sandbox.server.ControlHandler;
import io.github.camelumf.sandbox.server.ResponseWriter;
import io.github.camelumf.sandbox.server.SandboxServer;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ArrayList;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A strict UMF simulator: a real HTTP server on 127.0.0.1 serving the UMF REST API below {@code /cberest/v1} with
 * OAuth tokens, request signatures, encrypted fields and the payment and refund flows, refusing what UMF refuses.
 * <pre>
 * try (UmfSandbox sandbox = UmfSandbox.builder().build()) {
 *     sandbox.start();
 *     String baseUrl = sandbox.baseUrl();             // http://127.0.0.1:port/cberest/v1
 *     String pem = sandbox.keys().merchantPrivateKeyPkcs8Pem();
 * }
 * </pre>
 * Test-side control: {@link #smsCode(String)}, {@link #completePayment(String)}, {@link #faults()},
 * {@link #requests()}, {@link #advanceClock(Duration)}, {@link #notifications()} and more. Like UMF, the sandbox
 * posts signed notifications to the merchant's notify_url (loopback only) when a payment succeeds or fails, when
 * an asynchronous refund completes or fails, and when customs declares or refuses a customs declaration
 * ({@link #completeDeclaration}, {@link #failDeclaration}). Thread-safe.
 */
public final class UmfSandbox implements AutoCloseable {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** How often asynchronous refunds that completed by themselves are looked for (to notify them). */
    private static final Duration REFUND_SWEEP_PERIOD = Duration.ofMillis(100);

    private final int requestedPort;
    private final int threads;
    private final String clientId;
    private final String clientSecret;
    private final Duration tokenExpiresIn;
    private final SandboxKeys keys;
    private final SandboxClock clock;
    private final SandboxFaults faults = new SandboxFaults();
    private final Deque<RecordedRequest> requests = new ConcurrentLinkedDeque<>();
    private final AtomicInteger recordedCount = new AtomicInteger();
    private final int maxRecordedRequests;
    private final TokenRegistry tokens;
    private final PaymentService payments;
    private final RefundService refunds;
    private final DeclarationService declarations;
    private final ReferenceDataService reference;
    private final BindingService bindings;
    private final ResponseWriter writer;
    private final NotificationDispatcher dispatcher;
    private final Notifier notifier;
    private final SandboxNotifications notifications;
    private final Runnable refundSweep;
    private final ExpressService express;
    private final TradeServices trade;
    private final ApiRoutes routes;
    private final io.github.camelumf.sandbox.statement.StatementControls statementControls =
            new io.github.camelumf.sandbox.statement.StatementControls();
    private final io.github.camelumf.sandbox.statement.StatementService statements;
    private final ApiHandler apiHandler;
    private final ControlHandler controlHandler;
    private final SandboxBehaviour configuredBehaviour;
    private final SandboxBehaviour behaviour;
    private final SandboxTls tls;
    private final boolean signFiles;
    private volatile SandboxServer server;

    private UmfSandbox(Builder builder) {
        this.requestedPort = builder.port;
        this.threads = builder.threads;
        this.maxRecordedRequests = builder.maxRecordedRequests;
        this.clientId = builder.clientId != null ? builder.clientId : "sandbox-client-" + Ids.hex(12);
        this.clientSecret = builder.clientSecret != null ? builder.clientSecret : Ids.hex(40);
        this.tokenExpiresIn = builder.tokenExpiresIn;
        this.keys = SandboxKeys.generate(builder.merchantPublicKey);
        this.tls = builder.https ? SandboxTls.generate() : null;
        this.clock = new SandboxClock(builder.clock);
        this.tokens = new TokenRegistry(clientId, clientSecret, tokenExpiresIn, clock);
        this.configuredBehaviour = builder.behaviour.copy();
        this.behaviour = builder.behaviour.copy();
        PaymentStore store = new PaymentStore();
        Ids ids = new Ids();
        Links links = new Links(this::baseUrl);
        DeliveryLog deliveryLog = new DeliveryLog();
        NotificationControls notificationControls = new NotificationControls();
        this.dispatcher = new NotificationDispatcher(new DeliverySettings(builder.notificationAttempts,
                builder.notificationInitialBackoff, builder.notificationTimeout), deliveryLog);
        this.notifier = new Notifier(store, clock, ids, new NotificationBodies(links),
                new NotificationSigner(keys.umfPrivateKey()), notificationControls, dispatcher);
        this.notifications = new SandboxNotifications(deliveryLog, notificationControls, dispatcher);
        this.bindings = new BindingService(new AgreementStore(), ids, clock);
        this.payments = new PaymentService(store, ids, clock, links, notifier, behaviour, bindings);
        this.refunds = new RefundService(store, ids, clock, links, builder.asyncRefundAutoComplete, notifier,
                behaviour);
        this.declarations = new DeclarationService(store, ids, clock, links, notifier);
        this.refundSweep = builder.asyncRefundAutoComplete == null ? null : refunds::announceAutoCompleted;
        this.signFiles = builder.signFiles;
        this.writer = new ResponseWriter(keys.umfPrivateKey(), builder.signFiles);
        FieldDecryptor decryptor = new FieldDecryptor(keys.umfPrivateKey());
        this.express = new ExpressService(store, clock, links);
        this.reference = new ReferenceDataService(store, clock);
        this.trade = TradeServices.create(clock, this::baseUrl);
        this.statements = new io.github.camelumf.sandbox.statement.StatementService(store, clock, links,
                statementControls);
        this.routes = new ApiRoutes(tokens, payments, refunds, reference,
                new OrderRefundService(store, refunds, clock), express, declarations, bindings, statements, decryptor,
                trade);
        this.apiHandler = new ApiHandler(routes, tokens, keys.merchantPublicKey(), decryptor, faults, writer, clock,
                this::record, behaviour);
        this.controlHandler = new ControlHandler(payments, refunds, declarations, tokens, clock, writer, notifications,
                notifier, bindings);
        this.controlHandler.behaviourControl(new BehaviourControl(behaviour));
    }

    /** A builder with defaults: free port, generated credentials and keys, tokens valid 2 hours. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts serving (binds 127.0.0.1). */
    public synchronized UmfSandbox start() {
        if (server == null) {
            SandboxServer created = new SandboxServer(requestedPort, threads, apiHandler, controlHandler, writer,
                    tls == null ? null : tls.serverContext());
            created.start();
            server = created;
            dispatcher.start(refundSweep, REFUND_SWEEP_PERIOD);
        }
        return this;
    }

    /**
     * Stops serving and notifying (pending notifications are dropped); a stopped sandbox may be started again (on a
     * new port when the port was 0).
     */
    public synchronized void stop() {
        dispatcher.stop();
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Whether the server is running. */
    public boolean isRunning() {
        return server != null;
    }

    /** The bound port. */
    public int port() {
        SandboxServer running = server;
        if (running == null) {
            throw new IllegalStateException("the sandbox is not started");
        }
        return running.port();
    }

    /** {@code http://127.0.0.1:<port>/cberest/v1}, or {@code https://...} for an HTTPS sandbox. */
    public String baseUrl() {
        return scheme() + "://127.0.0.1:" + port() + ApiHandler.API_PREFIX;
    }

    /** {@code http(s)://127.0.0.1:<port>/sandbox}, the unauthenticated control API. */
    public String controlUrl() {
        return scheme() + "://127.0.0.1:" + port() + "/sandbox";
    }

    /** Whether the sandbox serves HTTPS ({@link Builder#https(boolean)}). */
    public boolean https() {
        return tls != null;
    }

    /**
     * The HTTPS identity: the generated server certificate and the trust store to hand to clients.
     *
     * @throws IllegalStateException the sandbox serves plain HTTP
     */
    public SandboxTls tls() {
        if (tls == null) {
            throw new IllegalStateException("the sandbox serves plain HTTP: build it with https(true)");
        }
        return tls;
    }

    /**
     * Whether downloaded files carry a {@code Signature} header over their bytes ({@link Builder#signFiles(boolean)});
     * JSON answers never do: they carry {@code meta.sign}.
     */
    public boolean signsFiles() {
        return signFiles;
    }

    private String scheme() {
        return tls == null ? "http" : "https";
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** The configured token lifetime. */
    public Duration tokenExpiresIn() {
        return tokenExpiresIn;
    }

    /** The key material (merchant key pair or public key, UMF key pair and certificate). */
    public SandboxKeys keys() {
        return keys;
    }

    /** The SMS verify code the sandbox "sent" for a card payment, or {@code null} before verify. */
    public String smsCode(String paymentId) {
        return payments.smsCode(paymentId);
    }

    /** The SMS code the sandbox "sent" to bind a card of this customer (bind/get_smscode), or {@code null}. */
    public String bindingSmsCode(String externalCustomerId) {
        return bindings.smsCode(externalCustomerId);
    }

    /**
     * Answers exchange rates in {@code exchange_rate} (3.4, the default) or {@code exchangeRates} (9.1, 4.10): both
     * forms occur at UMF. {@link #reset()} restores the default.
     */
    public void answerExchangeRatesIn(String member) {
        reference.answerExchangeRatesIn(member);
    }

    /**
     * The buyer paid (QR, WeChat, web, bank, or any waiting payment): WAIT_BUYER_PAY to TRADE_SUCCESS; the payment
     * result is notified.
     */
    public void completePayment(String paymentId) {
        payments.complete(paymentId);
    }

    /** WAIT_BUYER_PAY to TRADE_FAIL; the payment result is notified. */
    public void failPayment(String paymentId) {
        payments.fail(paymentId);
    }

    /** WAIT_BUYER_PAY to TRADE_CLOSED; not notified (no payment result, as with expiry on the clock). */
    public void expirePayment(String paymentId) {
        payments.expire(paymentId);
    }

    /**
     * A refund in process (asynchronous, or synchronous under the default behaviour) completes: REFUND_PROCESS to
     * REFUND_SUCCESS; the refund result is notified.
     */
    public void completeRefund(String refundId) {
        refunds.complete(refundId);
    }

    /** A refund in process fails: REFUND_PROCESS to REFUND_FAIL; the refund result is notified. */
    public void failRefund(String refundId) {
        refunds.fail(refundId);
    }

    /**
     * Posts the payment result notification (3.8) for the payment's current state, signed with the UMF key, to its
     * notify_url now: one synchronous attempt, never retried, recorded in {@link #notifications()}. A notify_url that
     * is not loopback is not called (outcome NOT_DELIVERED). The sandbox also notifies on its own: see
     * {@link SandboxNotifications}.
     *
     * @throws IllegalArgumentException unknown payment
     * @throws IllegalStateException the payment has no notify_url, or the sandbox is not started
     */
    public NotificationDelivery sendPaymentNotification(String paymentId) {
        return notifier.sendPayment(paymentId);
    }

    /** Posts the asynchronous refund result notification (3.49) now, like {@link #sendPaymentNotification}. */
    public NotificationDelivery sendRefundNotification(String refundId) {
        return notifier.sendRefund(refundId);
    }

    /**
     * Posts the customs declaration result notification ({@code customs_declaration} with the declaration's id and
     * current {@code state}) to the declaration's notify_url now, like {@link #sendPaymentNotification}. The sandbox
     * also notifies on its own when a customs declaration gets SUCCESS or FAIL ({@link #completeDeclaration},
     * {@link #failDeclaration}). The reference shows no example of this notification: its shape is the sandbox's
     * reading (see the README).
     *
     * @throws IllegalArgumentException unknown declaration
     * @throws IllegalStateException a CIQ declaration, no notify_url, or the sandbox is not started
     */
    public NotificationDelivery sendCustomsNotification(String declarationId) {
        return notifier.sendCustoms(declarations.declaration(declarationId));
    }

    /**
     * Customs (or CIQ) accepts a declaration in progress: SUCCESS; a customs declaration's result is notified to its
     * notify_url.
     *
     * @throws IllegalArgumentException unknown declaration
     * @throws IllegalStateException the declaration is not in progress
     */
    public void completeDeclaration(String declarationId) {
        declarations.complete(declarationId);
    }

    /** Customs (or CIQ) refuses a declaration in progress: FAIL (it may be resent), notified like a success. */
    public void failDeclaration(String declarationId) {
        declarations.fail(declarationId);
    }

    /**
     * The id ({@code CUST_...} / {@code CIQ_...}) of the current customs ({@code ciq} false) or CIQ declaration of a
     * sub-order, or {@code null}: declarations applied by order do not show their id.
     */
    public String declarationId(String merSubReferenceId, boolean ciq) {
        return declarations.declarationId(ciq ? DeclarationKind.CIQ : DeclarationKind.CUSTOMS, merSubReferenceId);
    }

    /** The stored declaration: id, kind, payment_id, by_order, state, resends, the request as applied. */
    public JsonNode declaration(String declarationId) {
        return declarations.snapshot(declarationId);
    }

    /**
     * The B2B, remittance and tuition flows (4.1, 4.2, 9, 10, 11), with the steps UMF takes offline: enabling an
     * enterprise, approving a qualification report, approving a tuition order, issuing a file path.
     */
    public TradeServices trade() {
        return trade;
    }

    /** The notifications sent, waits for tests, and test controls (duplicate, forge, unsigned, hold, ...). */
    public SandboxNotifications notifications() {
        return notifications;
    }

    /** The current token stops working, as if a new one had been issued elsewhere. */
    public void disableCurrentToken() {
        tokens.disableCurrent();
    }

    /** How many tokens were issued. */
    public int tokensIssued() {
        return tokens.issuedCount();
    }

    /** How many API calls were refused with 00280703 for their token (missing, replaced, unknown or expired). */
    public int tokensRefused() {
        return tokens.refusedCount();
    }

    /** Moves the sandbox time forward (token expiry, payment expire_time, SMS code lifetime, refund auto-complete). */
    public void advanceClock(Duration amount) {
        clock.advance(amount);
        if (refundSweep != null) {
            dispatcher.execute(refundSweep);
        }
    }

    /** The sandbox time. */
    public SandboxClock clock() {
        return clock;
    }

    /** The tracking numbers stored for a payment by umf:payment/updateExpress (3.58), by sub-order reference. */
    public Map<String, String> trackingNumbers(String paymentId) {
        return express.trackingNumbers(paymentId);
    }

    /** The API operations served: method, path template, encrypted fields (checked against the component's catalog). */
    public List<ApiRoutes.Route> apiRoutes() {
        return routes.routes();
    }

    /**
     * How the sandbox answers where UMF answers in more than one way (refusal statuses, synchronous refund state,
     * SMS throttling, unknown card BINs, length rules); changes apply at once. {@link #reset()} restores the values
     * set on the builder.
     */
    public SandboxBehaviour behaviour() {
        return behaviour;
    }

    /** Faults for the next matching calls. */
    public SandboxFaults faults() {
        return faults;
    }

    /** Every API call received (the latest {@code maxRecordedRequests}), in order of completion. */
    public List<RecordedRequest> requests() {
        return List.copyOf(new ArrayList<>(requests));
    }

    private synchronized void clearRecorded() {
        while (requests.pollFirst() != null) {
            recordedCount.decrementAndGet();
        }
    }

    private void record(RecordedRequest request) {
        requests.addLast(request);
        if (recordedCount.incrementAndGet() > maxRecordedRequests && requests.pollFirst() != null) {
            recordedCount.decrementAndGet();
        }
    }

    /** Forgets the recorded calls. */
    public void clearRequests() {
        clearRecorded();
    }

    /**
     * Clears faults, recorded calls and notification state: recorded deliveries, "next" controls, hold and pause,
     * and pending or retrying notifications, and restores the builder's {@link #behaviour()} (what the JUnit
     * extension does between tests).
     */
    public void reset() {
        behaviour.copyFrom(configuredBehaviour);
        faults.clear();
        clearRecorded();
        reference.answerExchangeRatesIn(ReferenceDataService.EXCHANGE_RATE);
        notifications.reset();
        statementControls.reset();
    }

    /**
     * The controls of the statement files (3.21-3.25): a date not ready yet, a truncated file, a broken trailer, a
     * corrupted line, a large synthetic file. Cleared by {@link #reset()}.
     */
    public io.github.camelumf.sandbox.statement.StatementControls statements() {
        return statementControls;
    }

    /** The stored payment (as queried, plus {@code refund.refund_infos}). */
    public JsonNode payment(String paymentId) {
        return payments.snapshot(paymentId);
    }

    /** The stored refund. */
    public JsonNode refund(String refundId) {
        return refunds.snapshot(refundId);
    }

    @Override
    public String toString() {
        SandboxServer running = server;
        return "UmfSandbox[" + (running == null ? "stopped" : baseUrl()) + "]";
    }

    /** Configures a sandbox. */
    public static final class Builder {
        private int port;
        private int threads = 16;
        private int maxRecordedRequests = 10_000;
        private String clientId;
        private String clientSecret;
        private Duration tokenExpiresIn = Duration.ofHours(2);
        private PublicKey merchantPublicKey;
        private Duration asyncRefundAutoComplete;
        private Clock clock = Clock.systemUTC();
        private int notificationAttempts = DeliverySettings.defaults().attempts();
        private Duration notificationInitialBackoff = DeliverySettings.defaults().initialBackoff();
        private Duration notificationTimeout = DeliverySettings.defaults().timeout();
        private final SandboxBehaviour behaviour = new SandboxBehaviour();
        private boolean https;
        private boolean signFiles;

        private Builder() {
        }

        /**
         * Sets the default {@link SandboxBehaviour} (restored by {@link UmfSandbox#reset()}), e.g.
         * {@code b.behaviour(x -> x.refusalStatus(SandboxBehaviour.RefusalStatus.ALWAYS_200))}.
         */
        public Builder behaviour(java.util.function.Consumer<SandboxBehaviour> configurer) {
            configurer.accept(behaviour);
            return this;
        }

        /** Attempts per notification before the sandbox gives up (default 5). */
        public Builder notificationAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("notificationAttempts must be at least 1");
            }
            this.notificationAttempts = attempts;
            return this;
        }

        /** The wait before the second attempt, doubled for each further one (default 200 ms). */
        public Builder notificationInitialBackoff(Duration backoff) {
            if (backoff == null || backoff.isNegative()) {
                throw new IllegalArgumentException("notificationInitialBackoff must not be negative");
            }
            this.notificationInitialBackoff = backoff;
            return this;
        }

        /** The bound on connecting and on waiting for the merchant's answer, per attempt (default 5 s). */
        public Builder notificationTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("notificationTimeout must be positive");
            }
            this.notificationTimeout = timeout;
            return this;
        }

        /**
         * Serve HTTPS (section 1.2) with a generated self-signed certificate for 127.0.0.1 and localhost (default
         * false: plain HTTP); clients trust it through {@link UmfSandbox#tls()}.
         */
        public Builder https(boolean https) {
            this.https = https;
            return this;
        }

        /**
         * Sign downloaded files (3.21 statement_download, 3.23 transactions_download, 3.25
         * settle_month_file_download) with a {@code Signature} header, base64 SHA256withRSA with the UMF private key
         * over the file's exact bytes, as an environment that signs its files would (default false: the UMF reference
         * shows no signature on files, so none is sent). JSON answers are unaffected: they carry {@code meta.sign}
         * and never a {@code Signature} header.
         */
        public Builder signFiles(boolean signFiles) {
            this.signFiles = signFiles;
            return this;
        }

        /** The port on 127.0.0.1; 0 (default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535");
            }
            this.port = port;
            return this;
        }

        /** Worker threads (default 16). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = threads;
            return this;
        }

        /** How many calls {@link UmfSandbox#requests()} keeps, the oldest dropped first (default 10,000). */
        public Builder maxRecordedRequests(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxRecordedRequests must not be negative");
            }
            this.maxRecordedRequests = max;
            return this;
        }

        /** The merchant's client_id (default: generated). */
        public Builder clientId(String clientId) {
            this.clientId = Objects.requireNonNull(clientId);
            return this;
        }

        /** The merchant's client_secret (default: generated). */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = Objects.requireNonNull(clientSecret);
            return this;
        }

        /** Token lifetime (default 2 hours). */
        public Builder tokenExpiresIn(Duration lifetime) {
            if (lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("tokenExpiresIn must be positive");
            }
            this.tokenExpiresIn = lifetime;
            return this;
        }

        /** The merchant public key to verify signatures with; if absent the sandbox generates the key pair. */
        public Builder merchantPublicKey(PublicKey key) {
            this.merchantPublicKey = key;
            return this;
        }

        /** Asynchronous refunds complete by themselves this long after creation (default: only on request). */
        public Builder asyncRefundAutoComplete(Duration delay) {
            this.asyncRefundAutoComplete = delay;
            return this;
        }

        /** The base clock (default: system UTC); {@link UmfSandbox#advanceClock(Duration)} moves on top of it. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** Generates the keys and builds a stopped sandbox. */
        public UmfSandbox build() {
            return new UmfSandbox(this);
        }
    }
}
