package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device list with mistakes ({@code check --devices}) stops the check before Spring starts: exit
 * 2, every mistake with its line and column under the list's own heading, with the other inputs'
 * problems in the same run, no client number quoted.
 */
class DevicesInputIntegrationTests {

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

    @Test
    void everyMistakeOfTheDeviceListIsListedWithTheExportsAndNothingIsChecked() throws Exception {
        // given an export without a minutes column, and a device list with a bad date and a UZOVI
        // no profile knows
        Path claims =
                Files.writeString(
                        dir.resolve("export.csv"),
                        "line_id;client_id;insurer_uzovi;service_code;service_date;hourly_tariff\na;C1;9664;1062;2024-03-01;70,00\n");
        Path devices =
                Files.writeString(
                        dir.resolve("apparaten.csv"),
                        "clientnummer;uzovi;product;van;tot\nCL000777;9664;Medido;31-02-2024;\nCL000778;1234;Medido;01-01-2024;\n");

        // when
        int exit =
                TztCheckCli.execute(
                        List.of(
                                        "check",
                                        "--claims",
                                        claims.toString(),
                                        "--profiles",
                                        FIXTURES.resolve("profiles").toString(),
                                        "--costs",
                                        FIXTURES.resolve("costs.yaml").toString(),
                                        "--devices",
                                        devices.toString(),
                                        "--out",
                                        dir.resolve("out").toString(),
                                        "--data-dir",
                                        dir.resolve("data").toString())
                                .toArray(String[]::new));

        // then
        assertThat(exit).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        String err = stderr.toString(StandardCharsets.UTF_8);
        assertThat(err)
                .contains(
                        "3 probleem/problemen in 2 bestand(en)",
                        "Export export.csv:",
                        "Apparatenlijst (--devices) apparaten.csv:",
                        "apparaten.csv, regel 2, veld van: '31-02-2024' is geen datum",
                        "apparaten.csv, regel 3, veld uzovi: UZOVI-code 1234 staat in geen enkel verzekeraarsprofiel");
        assertThat(err).doesNotContain("CL000777", "CL000778", "Exception");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
