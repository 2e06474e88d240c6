package io.github.camelumf.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.AbstractConfiguration;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * A Log4j2 appender that keeps, in memory, every event of the loggers it is attached to: the formatted message and,
 * for a logged throwable, the {@code toString()} of it and of every cause and suppressed exception. Attach it with
 * {@link #attach(Level, String...)} (which lowers those loggers to the given level) and {@link #close()} it afterwards
 * to restore the logging configuration.
 */
final class CapturingAppender extends AbstractAppender implements AutoCloseable {

    /** One captured event. */
    record Captured(String logger, Level level, String message, List<String> throwables) {

        /** The message and the throwables, as one text to search. */
        String text() {
            return logger + " " + level + " " + message + (throwables.isEmpty() ? "" : "\n" + String.join("\n", throwables));
        }
    }

    private final List<Captured> events = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Level> previousLevels = new LinkedHashMap<>();
    private final List<String> addedLoggers = new ArrayList<>();
    private LoggerContext loggerContext;

    private CapturingAppender() {
        super("capture-" + UUID.randomUUID(), null, null, true, Property.EMPTY_ARRAY);
    }

    /** Captures every event of {@code loggerNames} (and their children) at {@code level} and above. */
    static CapturingAppender attach(Level level, String... loggerNames) {
        CapturingAppender appender = new CapturingAppender();
        appender.loggerContext = (LoggerContext) LogManager.getContext(false);
        Configuration config = appender.loggerContext.getConfiguration();
        appender.start();
        config.addAppender(appender);
        for (String name : loggerNames) {
            LoggerConfig existing = config.getLoggerConfig(name);
            if (existing.getName().equals(name)) {
                appender.previousLevels.put(name, existing.getLevel());
                existing.setLevel(level);
                existing.addAppender(appender, null, null);
            } else {
                LoggerConfig added = LoggerConfig.newBuilder().withLoggerName(name).withLevel(level)
                        .withAdditivity(true).withConfig(config).build();
                added.addAppender(appender, null, null);
                config.addLogger(name, added);
                appender.addedLoggers.add(name);
            }
        }
        appender.loggerContext.updateLoggers();
        return appender;
    }

    @Override
    public void append(LogEvent event) {
        List<String> throwables = new ArrayList<>();
        describe(event.getThrown(), throwables, Collections.newSetFromMap(new IdentityHashMap<>()));
        events.add(new Captured(event.getLoggerName(), event.getLevel(), event.getMessage().getFormattedMessage(),
                throwables));
    }

    private static void describe(Throwable t, List<String> out, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        out.add(t.toString());
        if (t.getMessage() != null && !t.toString().contains(t.getMessage())) {
            out.add(t.getMessage());
        }
        for (Throwable suppressed : t.getSuppressed()) {
            describe(suppressed, out, seen);
        }
        describe(t.getCause(), out, seen);
    }

    /** A snapshot of the events captured so far. */
    List<Captured> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** Every captured event as text, one after the other. */
    String text() {
        StringBuilder sb = new StringBuilder();
        events().forEach(e -> sb.append(e.text()).append('\n'));
        return sb.toString();
    }

    /** Detaches the appender and restores the levels of the loggers it changed. */
    @Override
    public void close() {
        Configuration config = loggerContext.getConfiguration();
        for (String name : addedLoggers) {
            config.removeLogger(name);
        }
        previousLevels.forEach((name, level) -> {
            LoggerConfig loggerConfig = config.getLoggerConfig(name);
            loggerConfig.removeAppender(getName());
            loggerConfig.setLevel(level);
        });
        if (config instanceof AbstractConfiguration abstractConfiguration) {
            abstractConfiguration.removeAppender(getName());
        }
        loggerContext.updateLoggers();
        stop();
    }
}
