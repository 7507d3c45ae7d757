package nl.tztcheck.claims.aw319;

import java.util.Map;
import java.util.Optional;

/**
 * The time units (field 0419, TIJDSEENHEID ZORGPERIODE) that tzt-check turns into minutes. The
 * other codes of the code list are valid AW319 but have no fixed length in minutes for a 1062 line:
 * a line with one of them is rejected (with what to do), it never stops the run.
 */
public enum TimeUnit {
    /** Listed finest first. */
    MINUTE("01", 1, "minute"),
    FIVE_MINUTES("07", 5, "five minutes"),
    HOUR("04", 60, "hour");

    /** Every code of the layout's code list for 0419, with its meaning. */
    public static final Map<String, String> CODE_LIST =
            Map.of(
                    "00",
                    "not applicable",
                    "01",
                    "minute",
                    "04",
                    "hour",
                    "07",
                    "five minutes",
                    "11",
                    "daytime",
                    "14",
                    "24 hours",
                    "16",
                    "part of a day (4 hours)",
                    "31",
                    "month",
                    "41",
                    "year",
                    "81",
                    "time needed or independent of time");

    private final String code;
    private final int minutes;
    private final String meaning;

    TimeUnit(String code, int minutes, String meaning) {
        this.code = code;
        this.minutes = minutes;
        this.meaning = meaning;
    }

    public String code() {
        return code;
    }

    /** The unit's length in minutes: 1, 5 or 60. */
    public int minutes() {
        return minutes;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<TimeUnit> of(String code) {
        for (TimeUnit u : values()) {
            if (u.code.equals(code)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
