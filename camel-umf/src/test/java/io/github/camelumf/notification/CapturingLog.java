package io.github.camelumf.notification;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/** Keeps the WARN and ERROR events of one logger (and its children) while attached. */
final class CapturingLog extends AbstractAppender implements AutoCloseable {

    record Event(String logger, String level, String message) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private LoggerConfig loggerConfig;

    private CapturingLog() {
        super("capture-" + UUID.randomUUID(), null, null, true, Property.EMPTY_ARRAY);
    }

    static CapturingLog attach(String loggerName) {
        CapturingLog log = new CapturingLog();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        log.start();
        config.addAppender(log);
        log.loggerConfig = config.getLoggerConfig(loggerName);
        log.loggerConfig.addAppender(log, Level.WARN, null);
        context.updateLoggers();
        return log;
    }

    @Override
    public void append(LogEvent event) {
        events.add(new Event(event.getLoggerName(), event.getLevel().name(), event.getMessage().getFormattedMessage()));
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        loggerConfig.removeAppender(getName());
        ((LoggerContext) LogManager.getContext(false)).updateLoggers();
        stop();
    }
}
