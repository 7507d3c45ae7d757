package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Before anything is checked, every problem of the profiles, the cost file and the export is listed
 * in one run, each under its own file, and an export that is no text at all is named for what it
 * is. Exit 2, nothing checked. Spring never starts here: all of this happens before it would.
 */
class InputValidationIntegrationTests {

    static final Path FIXTURES = Path.of("src/test/resources/batch");

    @TempDir Path dir;

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
    }

    private int check(Path claims, Path profiles, Path costs, String... extra) {
        List<String> args =
                new java.util.ArrayList<>(
                        List.of(
                                "check",
                                "--claims",
                                claims.toString(),
                                "--profiles",
                                profiles.toString(),
                                "--costs",
                                costs.toString(),
                                "--out",
                                dir.resolve("out").toString(),
                                "--data-dir",
                                dir.resolve("data").toString()));
        args.addAll(List.of(extra));
        return TztCheckCli.execute(args.toArray(String[]::new));
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void profilesCostFileAndHeaderAllWrongAreListedInOneRunEachUnderItsFile() throws Exception {
        // given an insurer profile with a cap above the national 390, no cost file, and an export
        // without a minutes column
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.copy(FIXTURES.resolve("profiles/national.yaml"), profiles.resolve("national.yaml"));
        Files.writeString(
                profiles.resolve("cz.yaml"),
                Files.readString(FIXTURES.resolve("profiles/cz.yaml"))
                        .replace(
                                "tariffCeiling: {basis: PV}",
                                "tariffCeiling: {basis: PV}\n    monthlyCapMinutes: 400"));
        Path claims =
                Files.writeString(
                        dir.resolve("export.csv"),
                        "line_id;client_id;insurer_uzovi;service_code;service_date;hourly_tariff\na;C1;9664;1062;2024-03-01;70,00\n");
        Path costs = dir.resolve("no-such-costs.yaml");

        // when
        int exit = check(claims, profiles, costs);

        // then all three, in this order, each problem under the heading of its own file
        assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        String err = err();
        assertThat(err).contains("3 probleem/problemen in 3 bestand(en)");
        int profile = err.indexOf("Verzekeraarsprofiel cz.yaml:");
        int cost = err.indexOf("Kostenbestand " + costs.toAbsolutePath() + ":");
        int export = err.indexOf("Export export.csv:");
        assertThat(List.of(profile, cost, export)).allMatch(i -> i >= 0).isSorted();
        assertThat(err.substring(profile, cost))
                .contains(
                        "monthlyCapMinutes", "400 minuten is boven het landelijke maximum van 390");
        assertThat(err.substring(cost, export)).contains("ontbreekt; geef bij --costs");
        assertThat(err.substring(export))
                .contains("minuten (minutes)", "Er is niets gecontroleerd");
        // a missing cost file is no problem "in the insurer profiles"
        assertThat(err).doesNotContain("insurer profiles");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aMissingCostFileAloneIsACostFileProblem() {
        // when
        int exit =
                check(
                        FIXTURES.resolve("claims.csv"),
                        FIXTURES.resolve("profiles"),
                        dir.resolve("costs.yaml"),
                        "--lang",
                        "en");

        // then
        assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(err())
                .contains(
                        "1 problem(s) in 1 file(s)",
                        "Cost file " + dir.resolve("costs.yaml").toAbsolutePath() + ":")
                .doesNotContain("Insurer profile", "insurer profiles");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "claims.xlsx, een ZIP-archief",
        "claims.pdf, een PDF-document",
        "claims.csv.gz, een met gzip ingepakt bestand",
        "claims.xls, een oud Office-bestand",
        "claims.bin, een binair bestand"
    })
    void aFileThatIsNoTextIsNamedForWhatItIsWithoutItsBytes(String name, String kind)
            throws Exception {
        // given a file of that kind as the export
        Path claims = dir.resolve(name);
        write(claims);

        // when
        int exit = check(claims, FIXTURES.resolve("profiles"), FIXTURES.resolve("costs.yaml"));

        // then
        assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(err())
                .contains(name + " is geen CSV- of AW319-bestand maar " + kind, "--claims")
                .doesNotContain("PK", "%PDF", "found:", "\u0000");
        assertThat(err().chars().filter(c -> c < 0x20 && c != '\n' && c != '\r').count()).isZero();
    }

    private static void write(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".xlsx")) {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
                zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            }
        } else if (name.endsWith(".pdf")) {
            Files.writeString(file, "%PDF-1.7\n1 0 obj <<>> endobj\n");
        } else if (name.endsWith(".gz")) {
            try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
                gz.write(Files.readAllBytes(FIXTURES.resolve("claims.csv")));
            }
        } else if (name.endsWith(".xls")) {
            Files.write(
                    file,
                    new byte[] {
                        (byte) 0xD0,
                        (byte) 0xCF,
                        0x11,
                        (byte) 0xE0,
                        (byte) 0xA1,
                        (byte) 0xB1,
                        0x1A,
                        (byte) 0xE1,
                        0,
                        0
                    });
        } else {
            byte[] bytes = new byte[512];
            new java.util.Random(7).nextBytes(bytes);
            bytes[3] = 0;
            Files.write(file, bytes);
        }
    }
}
