package nl.tztcheck.claims.aw319;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.tztcheck.cli.ExportAw319Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-aw319} end to end, with the shipped insurer profiles. */
class Aw319ExportCommandTests {

    private static final String HEADER =
            "line_id;client_id;bsn;insurer_uzovi;service_code;service_date;minutes;"
                    + "hourly_tariff;amount;technology;product;law;debit_credit;corrects_line_id;wlz_indication;approval_ref\n";

    @TempDir Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ExportAw319Command.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    @Test
    void writesTheFileAndListsRoundingsLinesNotWrittenAndRejects() throws IOException {
        // given an export with an exact line, a line needing a rounded tariff, a WMO line and an
        // unreadable row
        Path csv = dir.resolve("claims.csv");
        Files.writeString(
                csv,
                HEADER
                        + "L1;CL1;326018153;9664;1062;01-03-2024;120;65,00;130,00;BEELDZORG;;ZVW;D;;N;\n"
                        + "L2;CL1;326018153;9664;1062;02-03-2024;90;65,00;97,50;MEDICATIE;Medido;ZVW;D;;N;\n"
                        + "L3;CL1;326018153;9664;1062;03-03-2024;60;65,00;65,00;BEELDZORG;;WMO;D;;N;\n"
                        + "L4;CL1;326018153;9664;1062;30-02-2024;60;65,00;65,00;BEELDZORG;;ZVW;D;;N;\n");
        Path asc = dir.resolve("claims.asc");

        // when exported
        int exit = run("--claims", csv.toString(), "--out", asc.toString());

        // then exit 0, and the terminal says what was written, rounded, left out and rejected
        assertThat(exit).isZero();
        assertThat(stdout())
                .isEqualTo(
                        "Wrote 2 lines (1 insured-person records, 2 technology comments) to "
                                + asc
                                + "; total declared EUR 227,20"
                                + " (debit minus credit).\n"
                                + "Time units: 1 per hour, 0 per five minutes, 1 per minute (1 of them at a rounded tariff).\n"
                                + "Lines whose tariff no time unit carries exactly, written per minute at the rounded tariff (1, together -30 cents):\n"
                                + "  line L2 (CSV line 3): 90 minutes at 65,00 per hour, written at 1,08 per minute (= 64,80 per hour): -30 cents\n"
                                + "Lines not written, because AW319 cannot carry them (1):\n"
                                + "  line L3 (CSV line 4): the law is WMO; an AW319 file (message 428) declares Zvw care only\n"
                                + "CSV rows that cannot be read, not written (1):\n"
                                + "  CSV line 5 [service_date]: '30-02-2024' is not a date; write it as 2024-03-05, 05-03-2024 or 20240305\n");
        // 130.00 + 90 x 1.08 = 130.00 + 97.20 = 227.20
        assertThat(Aw319Validator.validate(asc)).isEmpty();
    }

    @Test
    void unusableInputExitsWith2AndWritesNothing() throws IOException {
        // given a missing file, an AW319 file as input, and an export whose only line AW319 cannot
        // carry
        Path wmoOnly = dir.resolve("wmo.csv");
        Files.writeString(
                wmoOnly,
                HEADER
                        + "L3;CL1;326018153;9664;1062;03-03-2024;60;65,00;65,00;BEELDZORG;;WMO;D;;N;\n");
        Path aw319 = Aw319Fixtures.file(dir, "in.asc", Aw319Fixtures.validRecords());

        // then each exits with 2 and says why
        assertThat(
                        run(
                                "--claims",
                                dir.resolve("none.csv").toString(),
                                "--out",
                                dir.resolve("a.asc").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("the claims file does not exist or cannot be read");
        assertThat(run("--claims", aw319.toString(), "--out", dir.resolve("b.asc").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("the claims file is already an AW319 file");
        assertThat(run("--claims", wmoOnly.toString(), "--out", dir.resolve("c.asc").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("No line of " + wmoOnly + " can be written as AW319");
        assertThat(
                        run(
                                "--claims",
                                wmoOnly.toString(),
                                "--out",
                                dir.resolve("d.asc").toString(),
                                "--institution-agb",
                                "12"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Cannot export: the institution AGB code '12' is not 8 digits");
        assertThat(dir.resolve("a.asc")).doesNotExist();
        assertThat(dir.resolve("b.asc")).doesNotExist();
        assertThat(dir.resolve("c.asc")).doesNotExist();
    }

    @Test
    void optionsFillTheHeader() throws IOException {
        // given one line and explicit AGB codes, invoice number and date, production
        Path csv = dir.resolve("claims.csv");
        Files.writeString(
                csv,
                HEADER
                        + "L1;CL1;326018153;9664;1062;01-03-2024;120;65,00;130,00;BEELDZORG;;ZVW;D;;N;\n");
        Path asc = dir.resolve("claims.asc");

        // when exported
        int exit =
                run(
                        "--claims",
                        csv.toString(),
                        "--out",
                        asc.toString(),
                        "--institution-agb",
                        "75123456",
                        "--performer-agb",
                        "12345678",
                        "--invoice-number",
                        "F-2024-031",
                        "--invoice-date",
                        "2024-04-02",
                        "--production");

        // then
        assertThat(exit).isZero();
        String header = Files.readString(asc, StandardCharsets.ISO_8859_1).substring(0, 310);
        assertThat(header.substring(9, 10)).isEqualTo("P");
        assertThat(header.substring(54, 62)).isEqualTo("75123456");
        assertThat(header.substring(80, 100)).isEqualTo("F-2024-031  20240402");
        assertThat(
                        Files.readString(asc, StandardCharsets.ISO_8859_1)
                                .substring(312 * 2 + 135, 312 * 2 + 143))
                .isEqualTo("12345678");
    }
}
