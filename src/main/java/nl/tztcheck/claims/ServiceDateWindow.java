package nl.tztcheck.claims;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The service dates a line may carry; a date outside is a typo (9999-12-31, 2204 for 2024) and the
 * row is a reject, not a line checked against today's profiles.
 *
 * <ul>
 *   <li>earliest {@value #EARLIEST_TEXT}: the day district nursing (wijkverpleging, and with it the
 *       care that home-care technology claims belong to) moved from the AWBZ into the
 *       Zorgverzekeringswet; no Zvw claim of this kind can be older;
 *   <li>latest: one year after the run date. Declarations are for care given, but planned lines and
 *       a run shortly before the turn of a year are allowed for; more is a mistyped year.
 * </ul>
 *
 * The run date is the date in the Netherlands on the given {@link Clock}, so tests can fix it.
 *
 * @param runDate the date the check runs (or ran, for a restarted run)
 */
public record ServiceDateWindow(LocalDate runDate) {

    static final String EARLIEST_TEXT = "2015-01-01";
    public static final LocalDate EARLIEST = LocalDate.parse(EARLIEST_TEXT);
    public static final int YEARS_AHEAD = 1;
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    public ServiceDateWindow {
        if (runDate == null) {
            throw new IllegalArgumentException("runDate is required");
        }
    }

    /** The window of a run on the clock's current date in the Netherlands. */
    public static ServiceDateWindow at(Clock clock) {
        return new ServiceDateWindow(LocalDate.ofInstant(clock.instant(), ZONE));
    }

    /** The window of a run today. */
    public static ServiceDateWindow today() {
        return at(Clock.systemUTC());
    }

    public LocalDate earliest() {
        return EARLIEST;
    }

    /** The last date accepted: one year after the run date. */
    public LocalDate latest() {
        return runDate.plusYears(YEARS_AHEAD);
    }

    public boolean tooEarly(LocalDate date) {
        return date.isBefore(EARLIEST);
    }

    public boolean tooLate(LocalDate date) {
        return date.isAfter(latest());
    }

    /** Why the date is refused (a reject reason), or null when it lies inside the window. */
    public @Nullable String problem(LocalDate date) {
        if (tooEarly(date)) {
            return RejectReasons.get("date.tooEarly", "date", date, "earliest", EARLIEST);
        }
        if (tooLate(date)) {
            return RejectReasons.get(
                    "date.tooLate", "date", date, "runDate", runDate, "latest", latest());
        }
        return null;
    }
}
