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
        for (LocalDate date = startDate; !date.isAfter(last) && tried < MAX_DATES_PER_POLL && isRunAllowed();
             date = date.plusDays(1)) {
            String settleDate = date.format(YYYYMMDD);
            String key = operation.endpointName() + ":" + settleDate;
            if (repository.contains(key)) {
                continue;
            }
            tried++;
            if (!deliver(settleDate, key)) {
                break;
            }
            delivered++;
        }
        return delivered;
    }

    /** The last settle date to fetch now: today from the cut-off hour on, else yesterday. */
    LocalDate lastAvailableDate() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        return now.getHour() >= configuration.getCutOffHour() ? now.toLocalDate() : now.toLocalDate().minusDays(1);
    }

    /** Delivers one date; false when it is not ready or its route failed (later dates wait). */
    private boolean deliver(String settleDate, String key) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setHeader(UmfConstants.SETTLE_DATE, settleDate);
        StatementReader<?> reader = null;
        try {
            String[] values = values(settleDate);
            downloader.download(exchange, getEndpoint().lease().client(), values, values);
            if (exchange.getMessage().getBody() instanceof StatementReader<?> records) {
                reader = records;
            }
            getProcessor().process(exchange);
            if (exchange.getException() == null && reader != null) {
                drain(reader, exchange);
            }
        } catch (UmfStatementNotReadyException e) {
            LOG.debug("{} of {} is not ready yet; later dates wait", operation, settleDate);
            releaseExchange(exchange, false);
            return false;
        } catch (Exception e) {
            exchange.setException(e);
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
        boolean done = exchange.getException() == null;
        if (done) {
            repository.add(key);
            repository.confirm(key);
        } else {
            getExceptionHandler().handleException("Delivering " + operation + " of settle date " + settleDate
                                                  + " failed; it is delivered again on the next poll", exchange,
                    exchange.getException());
        }
        releaseExchange(exchange, false);
        return done;
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
