package nl.tztcheck.claims.aw319;

import static nl.tztcheck.claims.aw319.MappingCells.cell;
import static nl.tztcheck.claims.aw319.MappingCells.column;

import com.opencsv.ICSVParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.claims.UnusableInputException;
import nl.tztcheck.i18n.StoredText;
import org.jspecify.annotations.Nullable;

/**
 * Which technology (and product) a client uses, for AW319 lines that carry no {@code TZT=} comment.
 * A CSV file with a header row {@code client_id;technology;product} (Dutch {@code
 * clientnummer;technologie;product}); the product column is optional, the separator is {@code ;},
 * {@code ,} or TAB as in a claims export, and the technology word is one of MEDICATION, VIDEO,
 * OTHER or MEDICATIE, BEELDZORG, OVERIG. The client id is the one a line of the AW319 file gets:
 * its 02 record's patient number (0206), else its BSN. A mapping file with a mistake stops the run
 * before anything is read, like a profile with a mistake.
 */
public final class TechnologyMapping {

    /** No mapping: lines without a TZT comment have no technology. */
    public static final TechnologyMapping NONE = new TechnologyMapping(Map.of());

    /**
     * @param product null when the mapping names none
     */
    public record Entry(Technology technology, @Nullable String product) {}

    private final Map<String, Entry> byClient;

    private TechnologyMapping(Map<String, Entry> byClient) {
        this.byClient = byClient;
    }

    public static TechnologyMapping of(Map<String, Entry> byClient) {
        return new TechnologyMapping(Map.copyOf(byClient));
    }

    public Optional<Entry> forClient(@Nullable String clientId) {
        return clientId == null
                ? Optional.empty()
                : Optional.ofNullable(byClient.get(clientId.strip()));
    }

    public int size() {
        return byClient.size();
    }

    public static TechnologyMapping load(Path csv) throws IOException {
        String name = csv.getFileName().toString();
        try (MappingCells.Opened file =
                MappingCells.open(
                        csv,
                        "mapping.unreadable",
                        "mapping.unreadable.whatToDo",
                        "mapping.empty",
                        "mapping.header.whatToDo")) {
            BufferedReader reader = file.reader();
            ICSVParser parser = file.parser();
            String[] header = file.header();
            int client = column(header, "client_id", "clientnummer");
            int technology = column(header, "technology", "technologie");
            int product = column(header, "product", "product");
            if (client < 0 || technology < 0) {
                throw new UnusableInputException(
                        name,
                        1,
                        client < 0 ? "client_id" : "technology",
                        StoredText.of(
                                "mapping.headerLacks",
                                "column",
                                client < 0
                                        ? "client_id (clientnummer)"
                                        : "technology (technologie)"),
                        StoredText.of("mapping.header.whatToDo"));
            }
            Map<String, Entry> entries = new LinkedHashMap<>();
            Map<String, Long> firstLine = new HashMap<>();
            long lineNo = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = parser.parseLine(line);
                String clientId = cell(cells, client);
                String word = cell(cells, technology);
                if (clientId.isEmpty() && word.isEmpty() && cell(cells, product).isEmpty()) {
                    continue;
                }
                if (clientId.isEmpty()) {
                    throw new UnusableInputException(
                            name,
                            lineNo,
                            "client_id",
                            StoredText.of("mapping.clientEmpty"),
                            StoredText.of("mapping.clientEmpty.whatToDo"));
                }
                Optional<Technology> parsed = Technology.parse(word);
                if (parsed.isEmpty()) {
                    throw new UnusableInputException(
                            name,
                            lineNo,
                            "technology",
                            StoredText.of(
                                    "mapping.notATechnology",
                                    "value",
                                    "'" + word + "'",
                                    "client",
                                    "'" + clientId + "'"),
                            StoredText.of("mapping.notATechnology.whatToDo"));
                }
                Technology t = parsed.get();
                String p = cell(cells, product);
                Long earlier = firstLine.putIfAbsent(clientId, lineNo);
                if (earlier != null) {
                    throw new UnusableInputException(
                            name,
                            lineNo,
                            "client_id",
                            StoredText.of(
                                    "mapping.twice",
                                    "client",
                                    "'" + clientId + "'",
                                    "line",
                                    earlier),
                            StoredText.of("mapping.twice.whatToDo"));
                }
                entries.put(clientId, new Entry(t, p.isEmpty() ? null : p));
            }
            return new TechnologyMapping(Map.copyOf(entries));
        }
    }
}
