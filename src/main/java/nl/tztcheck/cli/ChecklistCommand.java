package nl.tztcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import nl.tztcheck.checklist.Checklist;
import nl.tztcheck.checklist.ChecklistBuilder;
import nl.tztcheck.checklist.ChecklistHtml;
import nl.tztcheck.checklist.ChecklistIndex;
import nl.tztcheck.checklist.ChecklistMarkdown;
import nl.tztcheck.checklist.Checklists;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.profiles.InsurerProfile;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.reports.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code checklist}: per insurer a one-page "Voordat u declareert" for a year (HTML to print and
 * Markdown) plus an index. A wrong insurer or a year without a version is exit 2 with one sentence
 * (through {@link ComparisonFailures}). No Spring.
 */
@Command(
        name = "checklist",
        mixinStandardHelpOptions = true,
        description =
                "Per zorgverzekeraar één pagina 'Voordat u declareert' voor een jaar: contract, vergoede technologie, plafonds,"
                        + " tarief, toestemming en overige voorwaarden, elk met bron en betrouwbaarheid (HTML om af te drukken en Markdown).")
public final class ChecklistCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
            names = "--profiles",
            paramLabel = "DIR",
            defaultValue = "insurer-profiles",
            description =
                    "Map met national.yaml en een bestand per zorgverzekeraar. Standaard: ${DEFAULT-VALUE}")
    Path profiles;

    @Option(
            names = "--year",
            paramLabel = "YYYY",
            description = "Het jaar van de voorwaarden. Standaard: het huidige jaar")
    Integer year;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "De voorwaarden die op deze dag gelden (in plaats van --year).")
    LocalDate date;

    @Option(
            names = "--insurer",
            paramLabel = "ID",
            description =
                    "Alleen deze zorgverzekeraar (id van het profiel, bijvoorbeeld vgz, of"
                            + " een UZOVI-code). Standaard: allemaal")
    String insurer;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out/checklist",
            description = "Map voor de uitvoer. Standaard: ${DEFAULT-VALUE}")
    Path out;

    @Option(
            names = "--lang",
            paramLabel = "nl|en",
            defaultValue = "${env:TZT_LANG:-nl}",
            description =
                    "Taal van de pagina's en de terminal: nl (Nederlands, de standaard) of en (Engels).")
    String lang;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        return ComparisonFailures.run(
                spec.commandLine().getErr(),
                "checklist",
                lang,
                language -> {
                    Messages t = Messages.of(ChecklistBuilder.BUNDLE, language);
                    ProfileSet set = ProfileSet.load(profiles.toAbsolutePath().normalize());
                    int y = year(t);
                    List<Checklist> pages = new ArrayList<>();
                    List<String> missing = new ArrayList<>();
                    for (InsurerProfile p : chosen(set, t)) {
                        Optional<LocalDate> on =
                                date != null ? Optional.of(date) : Checklists.dateIn(set, p, y);
                        Optional<Checklist> page =
                                on.flatMap(d -> ChecklistBuilder.build(set, p, d, language));
                        page.ifPresentOrElse(pages::add, () -> missing.add(p.name()));
                        if (page.isEmpty() && insurer != null) {
                            throw new IllegalArgumentException(
                                    t.get(
                                            "error.noVersion",
                                            "insurer",
                                            p.name(),
                                            "year",
                                            y,
                                            "years",
                                            years(set, List.of(p))));
                        }
                    }
                    if (pages.isEmpty()) {
                        throw new IllegalArgumentException(
                                t.get(
                                        "error.noneInYear",
                                        "year",
                                        y,
                                        "profiles",
                                        profiles,
                                        "years",
                                        years(set, set.insurers())));
                    }
                    write(pages, missing, y, language);
                    for (Checklist c : pages) {
                        stdout.println(
                                "  "
                                        + t.get(
                                                "terminal.row",
                                                "insurer",
                                                c.insurerName() + " " + c.year(),
                                                "contract",
                                                ChecklistIndex.contract(c, t),
                                                "trust",
                                                c.trust().label(language)));
                    }
                    stdout.println(t.get("terminal.wrote", "dir", out, "count", pages.size()));
                    stdout.flush();
                    return ExitCodes.COMPLETED;
                });
    }

    private int year(Messages t) {
        if (year != null && date != null) {
            throw new IllegalArgumentException(t.get("error.yearAndDate"));
        }
        if (year != null && (year < 1000 || year > 9999)) {
            throw new IllegalArgumentException(t.get("error.badYear", "year", year));
        }
        return date != null ? date.getYear() : year != null ? year : LocalDate.now().getYear();
    }

    /**
     * Every insurer, or the one --insurer names by its profile id or one of its UZOVI codes (any
     * case).
     */
    private List<InsurerProfile> chosen(ProfileSet set, Messages t) {
        if (insurer == null) {
            return set.insurers();
        }
        String wanted = insurer.trim().toLowerCase(Locale.ROOT);
        return set.insurers().stream()
                .filter(
                        p ->
                                p.id().toLowerCase(Locale.ROOT).equals(wanted)
                                        || p.labels().stream()
                                                .anyMatch(l -> l.uzovi().equals(wanted)))
                .findFirst()
                .map(List::of)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        t.get(
                                                "error.unknownInsurer",
                                                "insurer",
                                                insurer,
                                                "profiles",
                                                profiles,
                                                "known",
                                                String.join(
                                                        ", ",
                                                        set.insurers().stream()
                                                                .map(InsurerProfile::id)
                                                                .sorted()
                                                                .toList()))));
    }

    private static String years(ProfileSet set, List<InsurerProfile> insurers) {
        SortedSet<Integer> all = new TreeSet<>();
        insurers.forEach(p -> all.addAll(Checklists.years(set, p)));
        return String.join(", ", all.stream().map(String::valueOf).toList());
    }

    private void write(List<Checklist> pages, List<String> missing, int y, Language language)
            throws IOException {
        for (Checklist c : pages) {
            AtomicFile.write(
                    out.resolve(c.fileStem() + ".html"),
                    false,
                    w -> w.write(ChecklistHtml.render(c)));
            AtomicFile.write(
                    out.resolve(c.fileStem() + ".md"),
                    false,
                    w -> w.write(ChecklistMarkdown.render(c)));
        }
        AtomicFile.write(
                out.resolve("index.html"),
                false,
                w -> w.write(ChecklistIndex.html(y, pages, missing, language)));
        AtomicFile.write(
                out.resolve("index.md"),
                false,
                w -> w.write(ChecklistIndex.markdown(y, pages, missing, language)));
    }
}
