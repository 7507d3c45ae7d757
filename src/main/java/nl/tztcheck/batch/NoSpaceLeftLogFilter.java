package nl.tztcheck.batch;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Keeps a full disk out of the log as a stack trace: Spring Batch logs a failed step with its
 * exception, but a full disk is the user's to fix, and the check command says so in one sentence
 * (what, where, what to do). Once a full disk has been seen, the partitioned check step's summary
 * of its failed partitions ("Partition handler returned an unsuccessful step", without the cause)
 * is left out too. Every other failure is logged as before. Registered when the application context
 * starts, after Spring Boot has set up the logging.
 */
@Component
public class NoSpaceLeftLogFilter extends TurboFilter implements DisposableBean {

    private volatile boolean diskFullSeen;

    public NoSpaceLeftLogFilter() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.addTurboFilter(this);
            start();
        }
    }

    /** Gone with the application context (tests start many in one JVM). */
    @Override
    public void destroy() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getTurboFilterList().remove(this);
        }
        stop();
    }

    @Override
    public FilterReply decide(
            Marker marker,
            Logger logger,
            Level level,
            String format,
            Object[] params,
            Throwable t) {
        Throwable thrown = t;
        if (thrown == null
                && params != null
                && params.length > 0
                && params[params.length - 1] instanceof Throwable last) {
            thrown = last;
        }
        if (thrown == null) {
            return FilterReply.NEUTRAL;
        }
        if (NoSpaceLeft.in(thrown).isPresent()) {
            diskFullSeen = true;
            return FilterReply.DENY;
        }
        return diskFullSeen && thrown instanceof JobExecutionException && thrown.getCause() == null
                ? FilterReply.DENY
                : FilterReply.NEUTRAL;
    }
}
