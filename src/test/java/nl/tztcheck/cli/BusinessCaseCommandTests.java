package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.tztcheck.businesscase.BusinessCaseFixtures;
import nl.tztcheck.businesscase.EffectFixtures;
import nl.tztcheck.businesscase.SavedMinutes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * business-case run as the command line runs it, on the worked example of issue 16 written as
 * files.
 */
class BusinessCaseCommandTests {

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(BusinessCaseCommand command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String[] example(Path outDir, String... more) throws IOException {
        Path profiles = BusinessCaseFixtures.profiles(dir);
        Path costs = BusinessCaseFixtures.costs(dir, BusinessCaseFixtures.COSTS);
        List<String> args =
                new java.util.ArrayList<>(
                        List.of(
                                "--profiles",
                                profiles.toString(),
                                "--costs",
                                costs.toString(),
                                "--start",
                                "2024-03-01",
                                "--product",
                                "Medido",
                                "--planned",
                                "150",
                                "--saved",
                                "120",
                                "--out",
                                outDir.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /**
     * The CSV's rows as maps from column name to cell (the file starts with a byte-order mark for
     * Excel).
     */
    private static List<Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).replace("\uFEFF", "").split(";", -1);
        return lines.subList(1, lines.size()).stream()
                .map(l -> l.split(";", -1))
                .map(
                        cells ->
                                IntStream.range(0, header.length)
                                        .boxed()
                                        .collect(Collectors.toMap(i -> header[i], i -> cells[i])))
                .toList();
    }

    @Test
    void theWorkedExampleComesOutOfTheCommandIntoHtmlAndCsv() throws IOException {
        // given the worked example's profile and costs as files
        Path outDir = dir.resolve("out");

        // when the command runs
        int exit = run(new BusinessCaseCommand(), example(outDir));

        // then it writes the page and both CSV files, and the CSV holds the figures in
        // cents
        assertThat(exit).as(err.toString()).isZero();
        assertThat(outDir.resolve("business-case.html")).exists();
        Map<String, String> row = csv(outDir.resolve("business-case.csv")).get(0);
        assertThat(row)
                .containsEntry("insurer", "example")
                .containsEntry("outcome", "PAID")
                .containsEntry("reimbursement_cents", "16250")
                .containsEntry("monitoring_cents", "1667")
                .containsEntry("lost_regular_cents", "13000")
                .containsEntry("staff_freed_cents", "10000")
                .containsEntry("provider_month_cents", "7083")
                .containsEntry("payback_month", "3")
                .containsEntry("provider_total_cents", "239988")
                .containsEntry("insurer_month_cents", "-3250")
                .containsEntry("insurer_total_cents", "-117000")
                .containsEntry("provider_trust", "illustrative");
        // and the months file adds up to the same total, month by month
        List<Map<String, String>> months = csv(outDir.resolve("business-case-months.csv"));
        assertThat(months).hasSize(37);
        assertThat(months.get(0))
                .containsEntry("month", "0")
                .containsEntry("provider_cumulative_cents", "-15000");
        assertThat(months.get(36))
                .containsEntry("month", "36")
                .containsEntry("provider_cumulative_cents", "239988")
                .containsEntry("insurer_cumulative_cents", "-117000");
        // and the page, in Dutch, shows the figures with their trust and the chart
        String html =
                Files.readString(outDir.resolve("business-case.html"), StandardCharsets.UTF_8);
        assertThat(html)
                .contains(
                        "<html lang=\"nl\">",
                        "€ 162,50 (illustratief)",
                        "€ 70,83 (illustratief)",
                        "€ 2.399,88 (illustratief)",
                        "€ -1.170,00 (illustratief)",
                        "<polyline",
                        "Opgeteld resultaat van de zorgaanbieder");
        // and the terminal says it in Dutch
        assertThat(out.toString())
                .contains(
                        "example",
                        "€ 70,83 (illustratief)/maand voor de zorgaanbieder, terugverdiend in maand 3");
    }

    @Test
    void inEnglishThePageAndTerminalAreEnglishAndTheCsvFiguresTheSame() throws IOException {
        // given the worked example, when run with --lang en
        Path outDir = dir.resolve("en");
        int exit = run(new BusinessCaseCommand(), example(outDir, "--lang", "en"));

        // then the words are English and the cents are those of the Dutch run
        assertThat(exit).as(err.toString()).isZero();
        assertThat(Files.readString(outDir.resolve("business-case.html"), StandardCharsets.UTF_8))
                .contains("<html lang=\"en\">", "€162.50 (illustrative)", "Paid back in month");
        assertThat(csv(outDir.resolve("business-case.csv")).get(0))
                .containsEntry("provider_total_cents", "239988")
                .containsEntry("provider_trust_label", "illustrative");
        assertThat(out.toString()).contains("paid back in month 3");
    }

    @Test
    void savedObservedUsesTheImplementationTheCommandIsGiven() throws IOException {
        // given a command that receives observed saved minutes of 120 for the example insurer only
        SavedMinutes observed =
                (insurer, technology) ->
                        insurer.equals("example") ? OptionalInt.of(120) : OptionalInt.empty();
        Path outDir = dir.resolve("observed");
        String[] args =
                Arrays.stream(example(outDir))
                        .map(a -> a.equals("120") ? "observed" : a)
                        .toArray(String[]::new);

        // when run with --saved observed
        int exit = run(new BusinessCaseCommand(() -> Optional.of(observed)), args);

        // then the figures are those of 120 saved minutes
        assertThat(exit).as(err.toString()).isZero();
        assertThat(csv(outDir.resolve("business-case.csv")).get(0))
                .containsEntry("saved_minutes", "120")
                .containsEntry("provider_month_cents", "7083");
        assertThat(Files.readString(outDir.resolve("business-case.html"), StandardCharsets.UTF_8))
                .contains("waargenomen verandering");
    }

    @Test
    void savedObservedWithClaimsTakesTheObservedChangeOfThatExport() throws IOException {
        // given an export in which ten clients at Alpha (PV 65.00) go from 600 and 540 regular
        // minutes before their first
        // 1062 month to 450 and 420 from it: 570 before, 435 after, so 135 minutes saved per client
        // per month
        Path profiles = EffectFixtures.profiles(dir.resolve("effect"));
        Path claims =
                EffectFixtures.export(dir, EffectFixtures.clients("C", 10, 3, 600, 540, 450, 420));
        Path costs = BusinessCaseFixtures.costs(dir, BusinessCaseFixtures.COSTS);
        Path outDir = dir.resolve("observed-export");

        // when the business case takes its saved minutes from that export
        int exit =
                run(
                        new BusinessCaseCommand(),
                        "--profiles",
                        profiles.toString(),
                        "--costs",
                        costs.toString(),
                        "--start",
                        "2024-03-01",
                        "--product",
                        "Medido",
                        "--planned",
                        "150",
                        "--saved",
                        "observed",
                        "--claims",
                        claims.toString(),
                        "--out",
                        outDir.toString());

        // then Alpha's row uses the 135 observed minutes: lost regular revenue 135 x 65.00 / 60 =
        // 146.25
        assertThat(exit).as(err.toString()).isZero();
        Map<String, String> alpha =
                csv(outDir.resolve("business-case.csv")).stream()
                        .filter(r -> r.get("insurer").equals("alpha"))
                        .findFirst()
                        .orElseThrow();
        assertThat(alpha)
                .containsEntry("saved_minutes", "135")
                .containsEntry("lost_regular_cents", "14625");
    }

    @Test
    void savedObservedWithAMissingExportIsExitTwo() throws IOException {
        // given --saved observed with an export that does not exist
        Path outDir = dir.resolve("missing");
        String[] args =
                Arrays.stream(example(outDir))
                        .map(a -> a.equals("120") ? "observed" : a)
                        .toArray(String[]::new);
        String[] withClaims =
                java.util.stream.Stream.concat(
                                Arrays.stream(args),
                                java.util.stream.Stream.of(
                                        "--claims", dir.resolve("nope.csv").toString()))
                        .toArray(String[]::new);

        // when run, then exit 2 naming the file, and nothing written
        assertThat(run(new BusinessCaseCommand(), withClaims)).isEqualTo(2);
        assertThat(err.toString()).contains("nope.csv (--claims) bestaat niet");
        assertThat(outDir).doesNotExist();
    }

    @Test
    void mistakesTheUserCanFixAreExitTwoWithOneDutchSentenceAndNothingWritten() throws IOException {
        // given a cost file without the business-case figures, --saved observed without the
        // observed change, a bad category
        Path outDir = dir.resolve("none");
        Path oldCosts =
                BusinessCaseFixtures.costs(
                        dir.resolve("old").toFile().mkdirs() ? dir.resolve("old") : dir,
                        """
                source: {title: t, verified: false}
                categories: {MEDICATION: 150.00, VIDEO: 25.00, OTHER: 30.00}
                """);
        Function<String[], String[]> withOldCosts =
                args ->
                        Arrays.stream(args)
                                .map(a -> a.endsWith("costs.yaml") ? oldCosts.toString() : a)
                                .toArray(String[]::new);

        // when run with each
        int noFigures = run(new BusinessCaseCommand(), withOldCosts.apply(example(outDir)));
        String noFiguresErr = err.toString();
        int noObserved =
                run(
                        new BusinessCaseCommand(),
                        Arrays.stream(example(outDir))
                                .map(a -> a.equals("120") ? "observed" : a)
                                .toArray(String[]::new));
        int badCategory = run(new BusinessCaseCommand(), example(outDir, "--technology", "ROBOT"));

        // then each is exit 2 with what, where and what to do, and nothing is written
        assertThat(noFigures).isEqualTo(2);
        assertThat(noFiguresErr)
                .contains(
                        "veld categories.MEDICATION.oneOff: ontbreekt; de business case heeft de eenmalige kosten",
                        "veld staffCostPerHour: ontbreekt");
        assertThat(noObserved).isEqualTo(2);
        assertThat(err.toString())
                .contains("--saved observed heeft een export nodig", "geef --claims BESTAND");
        assertThat(badCategory).isEqualTo(2);
        assertThat(err.toString())
                .contains(
                        "--technology 'ROBOT' is geen technologiecategorie",
                        "Er is niets geschreven.");
        assertThat(outDir).doesNotExist();
    }
}
