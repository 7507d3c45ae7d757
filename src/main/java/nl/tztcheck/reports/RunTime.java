package nl.tztcheck.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.tztcheck.i18n.Language;

/**
 * When a run finished, as a reader in the Netherlands reads the clock: {@code 5 december 2026,
 * 14:02} (nl) or {@code 5 December 2026, 14:02} (en), in Europe/Amsterdam time (CET or CEST,
 * whichever held then). Files for machines (summary.json) keep the instant in UTC.
 */
final class RunTime {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private RunTime() {}

    static String local(Instant instant, Language language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language.locale())
                .withZone(NETHERLANDS)
                .format(instant);
    }
}
