package nl.tztcheck.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;

/**
 * The single updating progress line a person sees on an interactive terminal during a long step:
 * {@code Controleren 12.345 / 47.400 cliëntmaanden 26% 2.050/s nog ongeveer 17 s}. Pure arithmetic
 * and formatting on a clock it is given, so tests use a fake one; {@link ProgressLogger} decides
 * when to show it. The rate counts only the items of this execution (a restart that skips finished
 * work does not look infinitely fast); the time left is what remains at that rate.
 */
final class ProgressLine {

    private final Messages texts;
    private final Locale locale;
    private final String label;
    private final String unit;
    private final long total;
    private final long startItems;
    private final LongSupplier nanoClock;
    private final long startNanos;

    /**
     * @param stepLabelKey e.g. {@code progress.check}
     * @param unitKey e.g. {@code progress.clientMonths}
     * @param total the items the step will handle in all, or a negative number when unknown
     * @param startItems items already done before this execution (a restart)
     */
    ProgressLine(
            Language language,
            String stepLabelKey,
            String unitKey,
            long total,
            long startItems,
            LongSupplier nanoClock) {
        this.texts = Messages.of("terminal", language);
        this.locale = language.locale();
        this.label = texts.get(stepLabelKey);
        this.unit = texts.get(unitKey);
        this.total = total;
        this.startItems = startItems;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
    }

    /** Items per second in this execution so far; 0 before the first second has any. */
    long ratePerSecond(long done) {
        long nanos = nanoClock.getAsLong() - startNanos;
        long items = done - startItems;
        return nanos <= 0 || items <= 0 ? 0 : items * 1_000_000_000L / nanos;
    }

    /** Seconds left at the rate so far, or -1 when the total or the rate is not known yet. */
    long secondsLeft(long done) {
        long nanos = nanoClock.getAsLong() - startNanos;
        long items = done - startItems;
        if (total < 0 || nanos <= 0 || items <= 0) {
            return -1;
        }
        long left = Math.max(0, total - done);
        // ceil(left / rate), with the rate as items per nanosecond kept exact
        return (long) Math.ceil(left * (double) nanos / items / 1_000_000_000d);
    }

    /** The line while the step runs. */
    String render(long done) {
        StringBuilder s = new StringBuilder(label).append("  ").append(count(done));
        if (total >= 0) {
            s.append(" / ").append(count(Math.max(total, done)));
        }
        s.append(' ').append(unit);
        if (total > 0) {
            s.append(
                    String.format(
                            locale, "  %d%%", Math.min(99, done * 100 / Math.max(total, done))));
        }
        s.append("  ").append(count(ratePerSecond(done))).append(texts.get("progress.perSecond"));
        long left = secondsLeft(done);
        if (left >= 0) {
            s.append("  ").append(texts.get("progress.left", "time", duration(left)));
        }
        return s.toString();
    }

    /** The line when the step is over. */
    String finish(long done) {
        long seconds = Math.max(0, (nanoClock.getAsLong() - startNanos) / 1_000_000_000L);
        return label
                + "  "
                + count(done)
                + " "
                + unit
                + "  "
                + texts.get("progress.done", "time", duration(seconds));
    }

    /** {@code 1 u 05 min} (nl) / {@code 1 h 05 min} (en), {@code 3 min 20 s}, {@code 12 s}. */
    String duration(long seconds) {
        if (seconds >= 3600) {
            return String.format(
                    locale,
                    "%d %s %02d min",
                    seconds / 3600,
                    texts.get("progress.hourSymbol"),
                    seconds % 3600 / 60);
        }
        if (seconds >= 60) {
            return String.format(locale, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return seconds + " s";
    }

    private String count(long n) {
        return String.format(locale, "%,d", n);
    }

    /**
     * The lines of a text export, estimated from its size and the first MiB (exact when the file is
     * smaller), less the header; -1 when nothing can be said (an empty or unreadable file, or an
     * AW319 file, whose records are not one per line).
     */
    static long estimateDataLines(Path file) {
        try {
            if (nl.tztcheck.claims.aw319.Aw319Format.isAw319(file)) {
                return -1;
            }
            long size = Files.size(file);
            byte[] head = new byte[(int) Math.min(size, 1 << 20)];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
            long newlines = 0;
            for (int i = 0; i < read; i++) {
                if (head[i] == '\n') {
                    newlines++;
                }
            }
            if (read == 0 || newlines == 0) {
                return -1;
            }
            long lines =
                    read == size
                            ? newlines + (head[read - 1] == '\n' ? 0 : 1)
                            : Math.round(size * (double) newlines / read);
            return Math.max(0, lines - 1);
        } catch (IOException e) {
            return -1;
        }
    }
}
