package io.github.camelumf.metrics;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import io.github.camelumf.error.UmfSignatureException;
import io.github.camelumf.http.UmfResponse;
import io.github.camelumf.notification.NotificationRejection;
import io.github.camelumf.notification.NotificationStatistics;
import io.github.camelumf.security.AccessToken;
import io.github.camelumf.security.TokenFetcher;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.CamelContext;

/**
 * {@link UmfMetrics} on a Micrometer {@link MeterRegistry}. Meters are registered on first use and looked up by
 * Micrometer's own cache after that.
 */
public final class MicrometerUmfMetrics implements UmfMetrics {

    private final MeterRegistry registry;

    public MicrometerUmfMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    static UmfMetrics fromRegistryOf(CamelContext camelContext) {
        MeterRegistry registry = camelContext.getRegistry().findSingleByType(MeterRegistry.class);
        return registry == null ? UmfMetrics.NONE : new MicrometerUmfMetrics(registry);
    }

    @Override
    public UmfResponse timeRequest(String operation, Supplier<UmfResponse> call) {
        long started = System.nanoTime();
        RequestOutcome outcome = RequestOutcome.ERROR;
        try {
            UmfResponse response = call.get();
            outcome = RequestOutcome.of(response);
            return response;
        } catch (RuntimeException | Error e) {
            outcome = RequestOutcome.of(e);
            if (e instanceof UmfSignatureException) {
                Counter.builder(UmfMeters.CLIENT_VERIFICATION_FAILURES)
                        .description("UMF answers whose signature was missing or did not verify")
                        .tag(UmfMeters.TAG_OPERATION, operation)
                        .register(registry).increment();
            }
            throw e;
        } finally {
            Timer.builder(UmfMeters.CLIENT_REQUESTS)
                    .description("UMF API calls by operation and outcome")
                    .tag(UmfMeters.TAG_OPERATION, operation)
                    .tag(UmfMeters.TAG_OUTCOME, outcome.outcome())
                    .tag(UmfMeters.TAG_CATEGORY, outcome.category())
                    .register(registry)
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public TokenFetcher countTokenFetches(TokenFetcher fetcher) {
        AtomicBoolean fetchedBefore = new AtomicBoolean();
        return () -> {
            String kind = fetchedBefore.get() ? "refresh" : "initial";
            boolean success = false;
            try {
                AccessToken token = fetcher.fetch();
                success = token != null;
                if (success) {
                    fetchedBefore.set(true);
                }
                return token;
            } finally {
                Counter.builder(UmfMeters.CLIENT_TOKENS)
                        .description("UMF access token fetches")
                        .tag(UmfMeters.TAG_KIND, kind)
                        .tag(UmfMeters.TAG_OUTCOME, success ? "success" : "failure")
                        .register(registry).increment();
            }
        };
    }

    @Override
    public void bindNotifications(String path, NotificationStatistics statistics) {
        notificationCounter(path, "accepted", UmfMeters.NONE, statistics, NotificationStatistics::getAccepted);
        notificationCounter(path, "duplicate", UmfMeters.NONE, statistics, NotificationStatistics::getDuplicates);
        notificationCounter(path, "failed", UmfMeters.NONE, statistics, NotificationStatistics::getFailed);
        notificationCounter(path, "busy", UmfMeters.NONE, statistics, NotificationStatistics::getBusy);
        for (NotificationRejection reason : NotificationRejection.values()) {
            notificationCounter(path, "rejected", reason.name().toLowerCase(Locale.ROOT), statistics,
                    s -> s.getRejected(reason));
        }
    }

    private void notificationCounter(String path, String outcome, String reason, NotificationStatistics statistics,
                                     ToDoubleFunction<NotificationStatistics> count) {
        FunctionCounter.builder(UmfMeters.NOTIFICATIONS, statistics, count)
                .description("UMF notifications received, by outcome and rejection reason")
                .tag(UmfMeters.TAG_PATH, path)
                .tag(UmfMeters.TAG_OUTCOME, outcome)
                .tag(UmfMeters.TAG_REASON, reason)
                .register(registry);
    }

    @Override
    public void statementRecordsRead(String operation, long count) {
        Counter.builder(UmfMeters.STATEMENT_RECORDS)
                .description("Statement records read (files read to their end and checked)")
                .tag(UmfMeters.TAG_OPERATION, operation)
                .register(registry).increment(count);
    }

    @Override
    public String toString() {
        return "MicrometerUmfMetrics[" + registry.getClass().getSimpleName() + "]";
    }
}
