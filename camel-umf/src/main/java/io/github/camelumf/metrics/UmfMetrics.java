package io.github.camelumf.metrics;

import java.util.function.Supplier;

import io.github.camelumf.http.UmfResponse;
import io.github.camelumf.notification.NotificationStatistics;
import io.github.camelumf.security.TokenFetcher;
import org.apache.camel.CamelContext;

/**
 * What the component records, without Micrometer types in the signatures (Micrometer is optional). Each hook is one
 * call from the code that knows the event. {@link #NONE} records nothing; {@link #of(CamelContext)} finds the
 * metrics to use.
 */
public interface UmfMetrics {

    /** Records nothing. */
    UmfMetrics NONE = new UmfMetrics() {
        @Override
        public UmfResponse timeRequest(String operation, Supplier<UmfResponse> call) {
            return call.get();
        }

        @Override
        public TokenFetcher countTokenFetches(TokenFetcher fetcher) {
            return fetcher;
        }

        @Override
        public void bindNotifications(String path, NotificationStatistics statistics) {
        }

        @Override
        public void statementRecordsRead(String operation, long count) {
        }

        @Override
        public String toString() {
            return "UmfMetrics.NONE";
        }
    };

    /**
     * Runs one UMF call and records its duration under {@code umf.client.requests} with the operation and the
     * {@link RequestOutcome}; a failed response signature also counts in
     * {@code umf.client.response.verification.failures}.
     */
    UmfResponse timeRequest(String operation, Supplier<UmfResponse> call);

    /** Wraps a token fetcher so that each fetch counts in {@code umf.client.tokens} (initial or refresh). */
    TokenFetcher countTokenFetches(TokenFetcher fetcher);

    /** Publishes the counters of a notification endpoint as {@code umf.notifications}. */
    void bindNotifications(String path, NotificationStatistics statistics);

    /** Counts the records of a statement file read to its end that passed the integrity check. */
    void statementRecordsRead(String operation, long count);

    /**
     * The metrics of a Camel context: a {@link UmfMetrics} bound in its registry (the Spring Boot starter binds one
     * on the application's primary {@code MeterRegistry}), else Micrometer metrics on the only {@code MeterRegistry}
     * of the registry, else {@link #NONE}.
     */
    static UmfMetrics of(CamelContext camelContext) {
        return UmfMetricsLookup.find(camelContext);
    }
}
