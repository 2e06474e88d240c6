package io.github.camelumf;

import java.io.File;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import io.github.camelumf.error.UmfConfigurationException;
import io.github.camelumf.error.UmfStatementNotReadyException;
import io.github.camelumf.operation.OperationKind;
import io.github.camelumf.operation.UmfOperation;
import io.github.camelumf.statement.ClaimedElsewhereException;
import io.github.camelumf.statement.ClaimingIdempotentRepository;
import io.github.camelumf.statement.StatementReader;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code from("umf:settlement/download?startDate=...")} (and {@code transactions/download}): on each poll of Camel's
 * scheduled poll consumer ({@code delay}, {@code initialDelay}, {@code scheduler=quartz} with
 * {@code scheduler.cron}, {@code backoffMultiplier}, ...), delivers every settle date from {@code startDate} to the
 * last available one (today from {@code cutOffHour} on, else yesterday, in {@code timeZone}) that was not delivered
 * yet: oldest first, one exchange per date. A date that is not ready yet, or whose route failed, ends the poll: later
 * dates wait for it, and it is asked for again on the next poll. A date is marked done in the idempotent repository
 * only after its route completed without exception and its file passed the integrity check (a records body the route
 * did not read to its end is read to its end first).
 * <p>
 * On several nodes, give every node the same {@link ClaimingIdempotentRepository} (camel-umf-jdbc's
 * {@code JdbcSettleDateRepository}): each date is then claimed before it is downloaded, so that it is delivered by one
 * node, and the claim is released when its route fails or its node dies. Dates before the first one not done are not
 * asked for again: each poll starts after the last date this consumer found done.
 */
final class StatementPollConsumer extends ScheduledPollConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(StatementPollConsumer.class);
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd");
    /** At most this many dates a poll (a start date years back is caught up over several polls). */
    static final int MAX_DATES_PER_POLL = 400;

    private final UmfOperation operation;
    private final UmfConfiguration configuration;
    private final StatementDownloader downloader;
    private final LocalDate startDate;
    private final ZoneId zone;
    private final Clock clock;
    private IdempotentRepository repository;
    /** The first date that may not be done: every date before it is (done dates stay done). */
    private LocalDate resumeFrom;

    StatementPollConsumer(UmfEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.operation = endpoint.getOperation();
        this.configuration = endpoint.getConfiguration();
        this.downloader = new StatementDownloader(operation, configuration);
        this.startDate = startDate(configuration.getStartDate());
        try {
            this.zone = ZoneId.of(configuration.getTimeZone());
        } catch (DateTimeException e) {
            throw new UmfConfigurationException("timeZone", "is not a time zone id such as Asia/Shanghai");
        }
        if (configuration.getCutOffHour() < 0 || configuration.getCutOffHour() > 23) {
            throw new UmfConfigurationException("cutOffHour", "must be an hour from 0 to 23");
        }
        this.clock = configuration.getClock() != null ? configuration.getClock() : Clock.systemUTC();
    }

    /** Whether the row is a statement download by settle date (the only rows this consumer polls). */
    static boolean canPoll(UmfOperation operation) {
        return operation.kind() == OperationKind.STREAM && operation.fileFormat() != null
               && "settleDate".equals(operation.fileDateOption());
    }

    @Override
    public UmfEndpoint getEndpoint() {
        return (UmfEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        repository = configuration.getIdempotentRepository();
        if (repository == null) {
            File directory = new File(configuration.getStateDirectory());
            if (!directory.isDirectory() && !directory.mkdirs()) {
                throw new UmfConfigurationException("stateDirectory", "cannot be created");
            }
            repository = FileIdempotentRepository.fileIdempotentRepository(
                    new File(directory, operation.endpointName().replace('/', '-') + ".dates"), 10_000);
        }
        ServiceHelper.startService(repository);
        resumeFrom = startDate;
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (configuration.getIdempotentRepository() == null) {
            ServiceHelper.stopService(repository);
        }
    }

    @Override
    protected int poll() throws Exception {
        LocalDate last = lastAvailableDate();
        int delivered = 0;
        int tried = 0;
        for (LocalDate date = resumeFrom; !date.isAfter(last) && tried < MAX_DATES_PER_POLL && isRunAllowed();
             date = date.plusDays(1)) {
            String settleDate = date.format(YYYYMMDD);
            String key = operation.endpointName() + ":" + settleDate;
            if (!repository.contains(key)) {
                tried++;
                Delivery delivery = deliver(settleDate, key);
                if (delivery == Delivery.WAITS) {
                    break;
                }
                if (delivery == Delivery.DELIVERED) {
                    delivered++;
                }
            }
            resumeFrom = date.plusDays(1); // this date and all before it are done: the next poll starts after it
        }
        return delivered;
    }

    /** The last settle date to fetch now: today from the cut-off hour on, else yesterday. */
    LocalDate lastAvailableDate() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        return now.getHour() >= configuration.getCutOffHour() ? now.toLocalDate() : now.toLocalDate().minusDays(1);
    }

    /** What became of a date this poll. */
    private enum Delivery {
        /** Routed, and marked done. */
        DELIVERED,
        /** Another node delivered it meanwhile (a claiming repository said so). */
        DONE_ELSEWHERE,
        /** Not ready, its route failed, or another node is delivering it: later dates wait. */
        WAITS
    }

    /**
     * Delivers one date. With a {@link ClaimingIdempotentRepository} the date is claimed first (so that no other node
     * delivers it meanwhile), confirmed after the route completed, and released when it failed or was not ready; with
     * any other repository it is recorded only after the route completed.
     */
    private Delivery deliver(String settleDate, String key) {
        boolean claiming = repository instanceof ClaimingIdempotentRepository;
        if (claiming) {
            try {
                if (!repository.add(key)) {
                    return Delivery.DONE_ELSEWHERE;
                }
            } catch (ClaimedElsewhereException e) {
                LOG.debug("{} of {} is being delivered by another node; later dates wait", operation, settleDate);
                return Delivery.WAITS;
            }
        }
        Exchange exchange = createExchange(false);
        exchange.getMessage().setHeader(UmfConstants.SETTLE_DATE, settleDate);
        StatementReader<?> reader = null;
        try {
            String[] values = values(settleDate);
            downloader.download(exchange, getEndpoint().lease().client(), values, values,
                    getEndpoint().getComponent().metrics());
            if (exchange.getMessage().getBody() instanceof StatementReader<?> records) {
                reader = records;
            }
            getProcessor().process(exchange);
            if (exchange.getException() == null && reader != null) {
                drain(reader, exchange);
            }
        } catch (UmfStatementNotReadyException e) {
            LOG.debug("{} of {} is not ready yet; later dates wait", operation, settleDate);
            release(claiming, key);
            releaseExchange(exchange, false);
            return Delivery.WAITS;
        } catch (Exception e) {
            exchange.setException(e);
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
        boolean done = exchange.getException() == null;
        if (done) {
            done = markDone(claiming, key, settleDate, exchange);
        } else {
            release(claiming, key);
            getExceptionHandler().handleException("Delivering " + operation + " of settle date " + settleDate
                                                  + " failed; it is delivered again on the next poll", exchange,
                    exchange.getException());
        }
        releaseExchange(exchange, false);
        return done ? Delivery.DELIVERED : Delivery.WAITS;
    }

    /** Records the date as done after its route completed; false (and reported) when the repository failed. */
    private boolean markDone(boolean claiming, String key, String settleDate, Exchange exchange) {
        try {
            if (claiming) {
                if (!repository.confirm(key)) {
                    throw new IllegalStateException("the claim on " + key + " was lost (the repository was stopped)");
                }
            } else {
                repository.add(key);
                repository.confirm(key);
            }
            return true;
        } catch (RuntimeException e) {
            getExceptionHandler().handleException("The route of " + operation + " of settle date " + settleDate
                                                  + " completed but the date could not be recorded as done; it is"
                                                  + " delivered again", exchange, e);
            return false;
        }
    }

    /** Releases a claimed date after a failed route or a file not ready yet, so that any node asks for it again. */
    private void release(boolean claiming, String key) {
        if (!claiming) {
            return;
        }
        try {
            repository.remove(key);
        } catch (RuntimeException e) {
            LOG.warn("Releasing the claim on {} failed ({}); the repository releases it when the session ends", key,
                    e.getMessage());
        }
    }

    /** Reads what the route left of a records body, so that its integrity check runs before the date is done. */
    private static void drain(StatementReader<?> reader, Exchange exchange) {
        try {
            while (reader.hasNext()) {
                reader.next();
            }
            StatementDownloader.summary(exchange.getMessage(), reader.summary());
        } catch (RuntimeException e) {
            exchange.setException(e);
        }
    }

    private String[] values(String settleDate) {
        String[] values = new String[operation.parameters().size()];
        values[operation.parameterIndex("settleDate")] = settleDate;
        return values;
    }

    private static LocalDate startDate(String text) {
        if (text == null || text.isBlank()) {
            throw new UmfConfigurationException("startDate", "is required to consume statement files: the first settle"
                                                             + " date to fetch, as yyyyMMdd");
        }
        try {
            return LocalDate.parse(text.trim(), YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw new UmfConfigurationException("startDate", "must be a date as yyyyMMdd");
        }
    }
}
