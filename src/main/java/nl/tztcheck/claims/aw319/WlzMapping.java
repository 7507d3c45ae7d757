package nl.tztcheck.claims.aw319;

import static java.util.Objects.requireNonNull;
import static nl.tztcheck.claims.aw319.MappingCells.cell;
import static nl.tztcheck.claims.aw319.MappingCells.column;

import com.opencsv.ICSVParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tztcheck.claims.DateParser;
import nl.tztcheck.claims.UnusableInputException;
import nl.tztcheck.i18n.StoredText;
import org.jspecify.annotations.Nullable;

/**
 * Which clients hold a Wlz indication, and from when to when ({@code check --wlz-map}): the CIZ
 * indicatiebesluit as the provider's client records have it. Message 428 is Zvw care, so an AW319
 * file states a Wlz indication only where its declaration software fills the indication fields
 * 0408-0413 (which the layout requires "indien Wlz-aanspraak en indicatiebesluit aanwezig is");
 * this file supplies it for every other client. A CSV file with a header row {@code
 * client_id;wlz_from;wlz_to} (Dutch {@code clientnummer;wlz_vanaf;wlz_tot}), separator {@code ;},
 * {@code ,} or TAB; {@code wlz_to} is inclusive and may be empty (still running). A client may have
 * several rows (several periods). The client id is the one a line of the AW319 file gets: its 02
 * record's patient number (0206), else its BSN. A file with a mistake stops the run before anything
 * is read (exit 2), like the technology mapping.
 */
public final class WlzMapping {

    /** No mapping given. */
    public static final WlzMapping NONE = new WlzMapping(Map.of());

    /**
     * @param to inclusive; null while the indication runs
     */
    public record Period(LocalDate from, @Nullable LocalDate to) {
        boolean covers(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    private final Map<String, List<Period>> byClient;

    private WlzMapping(Map<String, List<Period>> byClient) {
        this.byClient = byClient;
    }

    public static WlzMapping of(Map<String, List<Period>> byClient) {
        Map<String, List<Period>> copy = new HashMap<>();
        byClient.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return new WlzMapping(Map.copyOf(copy));
    }

    /** True when the client holds a Wlz indication on the date. */
    public boolean indicated(String clientId, LocalDate date) {
        if (clientId == null || date == null) {
            return false;
        }
        return byClient.getOrDefault(clientId.strip(), List.of()).stream()
                .anyMatch(p -> p.covers(date));
    }

    /** The number of clients listed. */
    public int size() {
        return byClient.size();
    }

    public static WlzMapping load(Path csv) throws IOException {
        String name = csv.getFileName().toString();
        try (MappingCells.Opened file =
                MappingCells.open(
                        csv,
                        "wlzmap.unreadable",
                        "wlzmap.unreadable.whatToDo",
                        "wlzmap.empty",
                        "wlzmap.empty.whatToDo")) {
            BufferedReader reader = file.reader();
            ICSVParser parser = file.parser();
            String[] header = file.header();
            int client = column(header, "client_id", "clientnummer");
            int from = column(header, "wlz_from", "wlz_vanaf");
            int to = column(header, "wlz_to", "wlz_tot");
            if (client < 0 || from < 0) {
                throw new UnusableInputException(
                        name,
                        1,
                        client < 0 ? "client_id" : "wlz_from",
                        StoredText.of(
                                "mapping.headerLacks",
                                "column",
                                client < 0 ? "client_id (clientnummer)" : "wlz_from (wlz_vanaf)"),
                        StoredText.of("wlzmap.header.whatToDo"));
            }
            Map<String, List<Period>> periods = new HashMap<>();
            long lineNo = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = parser.parseLine(line);
                String clientId = cell(cells, client);
                if (clientId.isEmpty()) {
                    throw new UnusableInputException(
                            name,
                            lineNo,
                            "client_id",
                            StoredText.of("mapping.clientEmpty"),
                            StoredText.of("mapping.clientEmpty.whatToDo"));
                }
                // required: date() throws when it is missing
                LocalDate start =
                        requireNonNull(date(name, lineNo, "wlz_from", cell(cells, from), true));
                LocalDate end = date(name, lineNo, "wlz_to", cell(cells, to), false);
                if (end != null && end.isBefore(start)) {
                    throw new UnusableInputException(
                            name,
                            lineNo,
                            "wlz_to",
                            StoredText.of("wlzmap.endBeforeStart", "to", end, "from", start),
                            StoredText.of("wlzmap.endBeforeStart.whatToDo"));
                }
                periods.computeIfAbsent(clientId, k -> new ArrayList<>())
                        .add(new Period(start, end));
            }
            return of(periods);
        }
    }

    private static @Nullable LocalDate date(
            String file, long lineNo, String field, String text, boolean required) {
        if (text.isEmpty() && !required) {
            return null;
        }
        Optional<LocalDate> d = DateParser.parse(text);
        if (d.isEmpty()) {
            throw new UnusableInputException(
                    file,
                    lineNo,
                    field,
                    text.isEmpty()
                            ? StoredText.of("wlzmap.dateEmpty", "field", field)
                            : StoredText.of("wlzmap.notADate", "value", "'" + text + "'"),
                    StoredText.of(required ? "wlzmap.date.whatToDo" : "wlzmap.dateTo.whatToDo"));
        }
        return d.get();
    }
}
