package io.github.camelumf.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Faults the sandbox injects into the next matching API calls, for testing retries and ambiguous outcomes:
 * <pre>
 * sandbox.faults().nextCalls(2).respondHttpStatus(503);
 * sandbox.faults().nextCalls(1).respondRetCode("00280703");              // HTTP 200, as UMF answers
 * sandbox.faults().nextCalls(1).respondRetCode("00280703", 401);
 * sandbox.faults().nextCalls(1).onMethod("GET").delay(Duration.ofSeconds(2));
 * sandbox.faults().nextCalls(1).onPath("/payments/payment/.+/execute").dropConnectionAfterRequest(true);
 * sandbox.faults().nextCalls(1).onPath("/payments/payment").processThenRespondRetCode("00080557"); // as 2.6
 * </pre>
 * A rule matches a call by HTTP method and by a regular expression over the path below {@code /cberest/v1}
 * (both optional). The token call ({@code POST /oauth/authorize}) is excluded unless
 * {@link Selection#includingTokenCalls()}. Rules apply in the order they were added; each call takes at most one.
 */
public final class SandboxFaults {

    /** What happens to a call. */
    public enum Kind {
        /** Answer the HTTP status with an error meta, without processing the call. */
        HTTP_STATUS,
        /** Answer the ret_code (with the HTTP status), without processing the call. */
        RET_CODE,
        /** Wait, then process and answer the call normally. */
        DELAY,
        /** Read the request fully, optionally process it, then close the connection without any answer. */
        DROP_CONNECTION,
        /**
         * Process the call, then answer its result members (e.g. the created {@code payment}) with this ret_code
         * in {@code meta} instead of {@code 0000}, without {@code links}: the refusal with a result object of 2.6.
         */
        RESULT_WITH_RET_CODE
    }

    /** A fault taken by one call. */
    public record Fault(Kind kind, int httpStatus, String retCode, Duration delay, boolean processFirst) {

        /** A short description for the request record, e.g. {@code httpStatus 503}. */
        public String describe() {
            switch (kind) {
                case HTTP_STATUS:
                    return "httpStatus " + httpStatus;
                case RET_CODE:
                    return "retCode " + retCode + " (HTTP " + httpStatus + ")";
                case DELAY:
                    return "delay " + delay.toMillis() + " ms";
                case RESULT_WITH_RET_CODE:
                    return "result with retCode " + retCode + (httpStatus == 0 ? "" : " (HTTP " + httpStatus + ")");
                default:
                    return processFirst ? "dropConnection after processing" : "dropConnection without processing";
            }
        }
    }

    private static final class Rule {
        final AtomicInteger remaining;
        final Pattern path;
        final String method;
        final boolean tokenCalls;
        final Fault fault;

        Rule(int count, Pattern path, String method, boolean tokenCalls, Fault fault) {
            this.remaining = new AtomicInteger(count);
            this.path = path;
            this.method = method;
            this.tokenCalls = tokenCalls;
            this.fault = fault;
        }

        boolean matches(String httpMethod, String apiPath, boolean tokenCall) {
            return (!tokenCall || tokenCalls)
                    && (method == null || method.equalsIgnoreCase(httpMethod))
                    && (path == null || path.matcher(apiPath).matches());
        }
    }

    private final List<Rule> rules = new CopyOnWriteArrayList<>();

    /** Selects the next {@code count} matching calls. */
    public Selection nextCalls(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        return new Selection(count);
    }

    /** Selects every matching call until {@link #clear()}. */
    public Selection allCalls() {
        return new Selection(Integer.MAX_VALUE);
    }

    /** Removes all rules. */
    public void clear() {
        rules.clear();
    }

    /** How many calls the rules still apply to (capped at {@link Integer#MAX_VALUE}). */
    public int pending() {
        long sum = 0;
        for (Rule rule : rules) {
            sum += Math.max(0, rule.remaining.get());
        }
        return (int) Math.min(Integer.MAX_VALUE, sum);
    }

    /** Takes the fault for a call, or {@code null}: used by the sandbox's HTTP handler. */
    public Fault take(String httpMethod, String apiPath, boolean tokenCall) {
        for (Rule rule : rules) {
            if (rule.matches(httpMethod, apiPath, tokenCall)) {
                int before = rule.remaining.getAndUpdate(n -> n > 0 ? (n == Integer.MAX_VALUE ? n : n - 1) : 0);
                if (before > 0) {
                    if (before == 1) {
                        rules.remove(rule);
                    }
                    return rule.fault;
                }
                rules.remove(rule);
            }
        }
        return null;
    }

    /** Which calls a fault applies to; ends with the fault itself. */
    public final class Selection {
        private final int count;
        private Pattern path;
        private String method;
        private boolean tokenCalls;

        private Selection(int count) {
            this.count = count;
        }

        /** Only calls whose path below {@code /cberest/v1} matches the regular expression. */
        public Selection onPath(String regex) {
            this.path = Pattern.compile(regex);
            return this;
        }

        /** Only calls with this HTTP method. */
        public Selection onMethod(String httpMethod) {
            this.method = Objects.requireNonNull(httpMethod).toUpperCase(Locale.ROOT);
            return this;
        }

        /** Also the token call {@code POST /oauth/authorize} (excluded by default). */
        public Selection includingTokenCalls() {
            this.tokenCalls = true;
            return this;
        }

        /** Answer {@code status} with an error meta ({@code 00060999}), without processing the call. */
        public void respondHttpStatus(int status) {
            respondHttpStatus(status, "00060999");
        }

        /** Answer {@code status} with an error meta carrying {@code retCode}, without processing the call. */
        public void respondHttpStatus(int status, String retCode) {
            add(new Fault(Kind.HTTP_STATUS, checkStatus(status), Objects.requireNonNull(retCode), null, false));
        }

        /** Answer {@code retCode} with HTTP 200, as UMF usually does, without processing the call. */
        public void respondRetCode(String retCode) {
            respondRetCode(retCode, 200);
        }

        /** Answer {@code retCode} with HTTP {@code status}, without processing the call. */
        public void respondRetCode(String retCode, int status) {
            add(new Fault(Kind.RET_CODE, checkStatus(status), Objects.requireNonNull(retCode), null, false));
        }

        /**
         * Process the call (a payment is created, a refund made), then answer its result members with
         * {@code retCode} in {@code meta} and no {@code links}, as UMF's answer to the WeChat in-app payment of 2.6
         * ({@code 00080557} with the {@code payment}). The HTTP status is the one the sandbox's
         * {@link SandboxBehaviour#refusalStatus()} gives the code.
         */
        public void processThenRespondRetCode(String retCode) {
            add(new Fault(Kind.RESULT_WITH_RET_CODE, 0, Objects.requireNonNull(retCode), null, true));
        }

        /** Wait {@code delay}, then process and answer the call normally. */
        public void delay(Duration delay) {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative");
            }
            add(new Fault(Kind.DELAY, 0, null, delay, false));
        }

        /** Read the request fully and close the connection without answering; the call is not processed. */
        public void dropConnectionAfterRequest() {
            dropConnectionAfterRequest(false);
        }

        /**
         * Read the request fully and close the connection without answering. With {@code processFirst} the call
         * is processed (a payment is created, a refund made) before the connection is dropped: the ambiguous
         * outcome clients must handle.
         */
        public void dropConnectionAfterRequest(boolean processFirst) {
            add(new Fault(Kind.DROP_CONNECTION, 0, null, null, processFirst));
        }

        private void add(Fault fault) {
            rules.add(new Rule(count, path, method, tokenCalls, fault));
        }

        private int checkStatus(int status) {
            if (status < 200 || status > 599) {
                throw new IllegalArgumentException("HTTP status must be 200-599");
            }
            return status;
        }
    }
}
