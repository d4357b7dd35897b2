package io.github.camelhrflow.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.AppenderRef;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Turns chosen loggers up and keeps every line they write, stack traces included, until closed; closing puts the
 * Log4j configuration back as it was. While capturing, the root logger's own appenders (the console) are detached,
 * so that TRACE logging does not flood the build output.
 */
public final class LogCapture implements AutoCloseable {

    /** One logged line: the logger, the level and the text as an appender would write it (message and stack trace). */
    public record Line(String logger, Level level, String text) {
    }

    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
    private final ConcurrentLinkedQueue<Line> lines = new ConcurrentLinkedQueue<>();
    private final Map<String, LoggerConfig> added = new LinkedHashMap<>();
    private final Map<LoggerConfig, Level> changed = new LinkedHashMap<>();
    private final List<AppenderRef> detachedRefs = new ArrayList<>();
    private final Map<String, Appender> detached = new LinkedHashMap<>();
    private final AbstractAppender appender;

    /** @param levels logger name ("" for the root logger) to the level it gets while captured */
    public LogCapture(Map<String, Level> levels) {
        appender = new AbstractAppender("capture-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                lines.add(new Line(event.getLoggerName(), event.getLevel(), render(event)));
            }
        };
        appender.start();
        Configuration config = context.getConfiguration();
        LoggerConfig root = config.getRootLogger();
        detachedRefs.addAll(root.getAppenderRefs());
        detached.putAll(root.getAppenders());
        detached.keySet().forEach(root::removeAppender);
        // the root logger sees every event (all loggers are additive), so the appender goes there once
        root.addAppender(appender, Level.ALL, null);
        levels.forEach((name, level) -> {
            LoggerConfig logger = name.isEmpty() ? config.getRootLogger() : config.getLoggers().get(name);
            if (logger != null) {
                changed.put(logger, logger.getLevel());
                logger.setLevel(level);
            } else {
                LoggerConfig created = new LoggerConfig(name, level, true);
                config.addLogger(name, created);
                added.put(name, created);
            }
        });
        context.updateLoggers();
    }

    public List<Line> lines() {
        return new ArrayList<>(lines);
    }

    private static String render(LogEvent event) {
        String text = event.getMessage().getFormattedMessage();
        if (event.getThrown() == null) {
            return text;
        }
        StringWriter trace = new StringWriter();
        event.getThrown().printStackTrace(new PrintWriter(trace));
        return text + System.lineSeparator() + trace;
    }

    @Override
    public void close() {
        Configuration config = context.getConfiguration();
        added.keySet().forEach(config::removeLogger);
        changed.forEach(LoggerConfig::setLevel);
        LoggerConfig root = config.getRootLogger();
        root.removeAppender(appender.getName());
        for (AppenderRef ref : detachedRefs) {
            root.addAppender(detached.get(ref.getRef()), ref.getLevel(), ref.getFilter());
        }
        context.updateLoggers();
        appender.stop();
    }
}
