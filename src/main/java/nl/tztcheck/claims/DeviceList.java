package nl.tztcheck.claims;

import static nl.tztcheck.claims.aw319.MappingCells.cell;

import com.opencsv.ICSVParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import nl.tztcheck.claims.aw319.MappingCells;
import nl.tztcheck.i18n.StoredText;

/**
 * The technology a provider has in use per client ({@code check --devices FILE}), declared or not:
 * a CSV file like the export ({@code ;}, {@code ,} or TAB, a header row with English or Dutch
 * names) with the columns client number, UZOVI, product, from and to, and an optional technology
 * column. {@code to} empty means still in use. Every problem of the file is collected before the
 * run starts ({@link InvalidDeviceListException}); the client number stays in memory only (the job
 * pseudonymises it as it does the export's).
 */
public final class DeviceList {

    /** No device list: the check is what it is without one. */
    public static final DeviceList NONE = new DeviceList(List.of());

    /**
     * One device in use by one client.
     *
     * @param product as the file names it, "" when it names none (the category's cost applies)
     * @param technology the category the file names; empty when it leaves the column out or blank
     *     (then the export's lines of the same product tell it)
     * @param to the last day in use; empty while the device is still in use
     */
    public record Device(
            long lineNo,
            String clientId,
            String uzovi,
            String product,
            Optional<Technology> technology,
            LocalDate from,
            Optional<LocalDate> to) {

        /** In use on at least one day of the month. */
        public boolean inUse(YearMonth month) {
            return !from.isAfter(month.atEndOfMonth())
                    && to.map(t -> !t.isBefore(month.atDay(1))).orElse(true);
        }

        /**
         * The same device of another client key (the job's staging key instead of the client
         * number).
         */
        public Device withClientId(String other) {
            return new Device(lineNo, other, uzovi, product, technology, from, to);
        }
    }

    private enum Column {
        CLIENT(true, "client_id", "clientnummer", "client", "clientnr"),
        UZOVI(true, "insurer_uzovi", "uzovi", "uzovi_code", "verzekeraar"),
        PRODUCT(false, "product", "apparaat", "device"),
        TECHNOLOGY(false, "technology", "technologie", "categorie", "category"),
        FROM(true, "from", "van", "vanaf", "start", "begindatum", "ingangsdatum", "device_from"),
        TO(false, "to", "tot", "tot_en_met", "t_m", "einddatum", "end", "device_to");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }

        String shown() {
            return names.get(0) + " (" + names.get(1) + ")";
        }
    }

    private final List<Device> devices;

    private DeviceList(List<Device> devices) {
        this.devices = devices;
    }

    public static DeviceList of(List<Device> devices) {
        return new DeviceList(List.copyOf(devices));
    }

    public List<Device> devices() {
        return devices;
    }

    public boolean isEmpty() {
        return devices.isEmpty();
    }

    /**
     * Reads and validates the whole file.
     *
     * @param knownUzovi whether a (four-digit) UZOVI code is one the insurer profiles know
     * @throws InvalidDeviceListException with every problem of the file, each naming its line and
     *     column
     */
    public static DeviceList load(Path csv, Predicate<String> knownUzovi) throws IOException {
        String name = csv.getFileName().toString();
        List<UnusableInputException> problems = new ArrayList<>();
        List<Device> devices = new ArrayList<>();
        try (MappingCells.Opened file =
                MappingCells.open(
                        csv,
                        "devices.unreadable",
                        "devices.unreadable.whatToDo",
                        "devices.empty",
                        "devices.header.whatToDo")) {
            int[] at = columns(file.header());
            for (Column c : Column.values()) {
                if (c.required && at[c.ordinal()] < 0) {
                    problems.add(
                            new UnusableInputException(
                                    name,
                                    1,
                                    c.names.get(0),
                                    StoredText.of("devices.headerLacks", "column", c.shown()),
                                    StoredText.of("devices.header.whatToDo")));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidDeviceListException(problems);
            }
            BufferedReader reader = file.reader();
            ICSVParser parser = file.parser();
            long lineNo = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (!line.isBlank()) {
                    row(
                                    name,
                                    lineNo,
                                    parser.parseLine(line),
                                    at,
                                    fieldNames(file.header(), at),
                                    knownUzovi,
                                    problems)
                            .ifPresent(devices::add);
                }
            }
        } catch (UnusableInputException e) {
            problems.add(e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidDeviceListException(problems);
        }
        return new DeviceList(List.copyOf(devices));
    }

    /** The index of each column in the header, -1 where absent. */
    private static int[] columns(String[] header) {
        int[] at = new int[Column.values().length];
        java.util.Arrays.fill(at, -1);
        for (int i = 0; i < header.length; i++) {
            String h = normalise(header[i]);
            for (Column c : Column.values()) {
                if (at[c.ordinal()] < 0 && c.names.contains(h)) {
                    at[c.ordinal()] = i;
                }
            }
        }
        return at;
    }

    /**
     * Each column as the file's header names it (a problem names the column the person sees), else
     * its English name.
     */
    private static String[] fieldNames(String[] header, int[] at) {
        String[] names = new String[Column.values().length];
        for (Column c : Column.values()) {
            int i = at[c.ordinal()];
            String h = i < 0 ? "" : header[i].replace("\ufeff", "").strip();
            names[c.ordinal()] = h.isEmpty() ? c.names.get(0) : h;
        }
        return names;
    }

    /**
     * As the export's header: any case, accents dropped, spaces, hyphens and slashes as
     * underscores.
     */
    private static String normalise(String header) {
        String h = header.startsWith("\ufeff") ? header.substring(1) : header;
        return Normalizer.normalize(h.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s/-]+", "_");
    }

    private static Optional<Device> row(
            String file,
            long lineNo,
            String[] cells,
            int[] at,
            String[] field,
            Predicate<String> knownUzovi,
            List<UnusableInputException> problems) {
        String client = cell(cells, at[Column.CLIENT.ordinal()]);
        String uzoviText = cell(cells, at[Column.UZOVI.ordinal()]);
        String product = cell(cells, at[Column.PRODUCT.ordinal()]);
        String technologyText = cell(cells, at[Column.TECHNOLOGY.ordinal()]);
        String fromText = cell(cells, at[Column.FROM.ordinal()]);
        String toText = cell(cells, at[Column.TO.ordinal()]);
        if (String.join("", client, uzoviText, product, technologyText, fromText, toText)
                .isEmpty()) {
            return Optional.empty();
        }
        int before = problems.size();
        if (client.isEmpty()) {
            problems.add(
                    problem(
                            file,
                            lineNo,
                            field[Column.CLIENT.ordinal()],
                            StoredText.of("devices.clientEmpty"),
                            "devices.clientEmpty.whatToDo"));
        }
        String uzovi =
                uzoviText.length() <= 4
                                && !uzoviText.isEmpty()
                                && uzoviText.chars().allMatch(ch -> ch >= '0' && ch <= '9')
                        ? "0".repeat(4 - uzoviText.length()) + uzoviText
                        : "";
        if (uzovi.isEmpty()) {
            problems.add(
                    problem(
                            file,
                            lineNo,
                            field[Column.UZOVI.ordinal()],
                            StoredText.of("devices.notAUzovi", "value", "'" + uzoviText + "'"),
                            "devices.uzovi.whatToDo"));
        } else if (!knownUzovi.test(uzovi)) {
            problems.add(
                    problem(
                            file,
                            lineNo,
                            field[Column.UZOVI.ordinal()],
                            StoredText.of("devices.unknownUzovi", "value", uzovi),
                            "devices.unknownUzovi.whatToDo"));
        }
        Optional<Technology> technology = Technology.parse(technologyText);
        if (!technologyText.isEmpty() && technology.isEmpty()) {
            problems.add(
                    problem(
                            file,
                            lineNo,
                            field[Column.TECHNOLOGY.ordinal()],
                            StoredText.of(
                                    "devices.notATechnology", "value", "'" + technologyText + "'"),
                            "devices.notATechnology.whatToDo"));
        } else if (technologyText.isEmpty() && product.isEmpty()) {
            problems.add(
                    problem(
                            file,
                            lineNo,
                            field[Column.PRODUCT.ordinal()],
                            StoredText.of("devices.nothingInUse"),
                            "devices.nothingInUse.whatToDo"));
        }
        Optional<LocalDate> from =
                date(file, lineNo, field[Column.FROM.ordinal()], fromText, true, problems);
        Optional<LocalDate> to =
                date(file, lineNo, field[Column.TO.ordinal()], toText, false, problems);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            problems.add(
                    problem(
                            file,
                            lineNo,
                            field[Column.TO.ordinal()],
                            StoredText.of(
                                    "devices.endBeforeStart", "from", from.get(), "to", to.get()),
                            "devices.endBeforeStart.whatToDo"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(
                new Device(lineNo, client, uzovi, product, technology, from.orElseThrow(), to));
    }

    private static Optional<LocalDate> date(
            String file,
            long lineNo,
            String field,
            String text,
            boolean required,
            List<UnusableInputException> problems) {
        String whatToDo = required ? "devices.date.whatToDo" : "devices.dateTo.whatToDo";
        if (text.isEmpty()) {
            if (required) {
                problems.add(
                        problem(
                                file,
                                lineNo,
                                field,
                                StoredText.of("devices.dateEmpty", "field", field),
                                whatToDo));
            }
            return Optional.empty();
        }
        Optional<LocalDate> date = DateParser.parse(text);
        if (date.isEmpty()) {
            problems.add(
                    problem(
                            file,
                            lineNo,
                            field,
                            StoredText.of("devices.notADate", "value", "'" + text + "'"),
                            whatToDo));
        }
        return date;
    }

    private static UnusableInputException problem(
            String file, long lineNo, String field, String what, String whatToDo) {
        return new UnusableInputException(file, lineNo, field, what, StoredText.of(whatToDo));
    }
}
