package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.tztcheck.TztCheckApplication;
import nl.tztcheck.claims.InputInspection;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.ProfileSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code check --devices} end to end on the embedded H2 database with the shipped profiles: Menzis
 * (3332) has no 1062 contract in 2024, CZ (9664) pays medication.
 */
@SpringBatchTest
@SpringBootTest(classes = TztCheckApplication.class)
class DevicesJobFunctionalTests {

    @TempDir static Path dataDir;

    @TempDir Path work;

    @Autowired JobOperatorTestUtils jobs;

    @Autowired ClientPseudonymizer pseudonymizer;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("tzt.data-dir", () -> dataDir.toString());
    }

    private static final String RUN = java.util.UUID.randomUUID().toString();
    private static final Path PROFILES = Path.of("insurer-profiles").toAbsolutePath();
    private static final Path COSTS = Path.of("technology-costs.yaml").toAbsolutePath();

    /**
     * M1 at Menzis has only regular care; Z1 at CZ one payable Medido line in January and only
     * regular care in February.
     */
    private static final String EXPORT =
            "line_id;client_id;bsn;insurer_uzovi;service_code;service_date;minutes;hourly_tariff;amount;"
                    + "technology;product\n"
                    + "m1;M1;;3332;1000;2024-01-05;30;70,00;35,00;;\n"
                    + "m2;M1;;3332;1000;2024-02-05;30;70,00;35,00;;\n"
                    + "m3;M1;;3332;1000;2024-03-05;30;70,00;35,00;;\n"
                    + "z1;Z1;;9664;1000;2024-01-05;30;65,00;32,50;;\n"
                    + "z2;Z1;;9664;1062;2024-01-06;60;65,00;65,00;MEDICATION;Medido\n"
                    + "z3;Z1;;9664;1000;2024-02-05;30;65,00;32,50;;\n";

    @Test
    void aNonContractedInsurersMedidoMonthsBecomeCostGapsAndAPaidMonthDoesNotDoubleUp()
            throws Exception {
        // given the export, checked once without and once with a device list: M1 has a Medido from
        // 15 December 2023 on,
        // Z1 one from 1 January to 29 February 2024
        Path claims = Files.writeString(work.resolve("claims.csv"), EXPORT);
        Path devices =
                Files.writeString(
                        work.resolve("devices.csv"),
                        "clientnummer;uzovi;product;van;tot\nM1;3332;Medido;15-12-2023;\nZ1;9664;Medido;01-01-2024;29-02-2024\n");
        Path without = Files.createDirectory(work.resolve("without"));
        Path with = Files.createDirectory(work.resolve("with"));

        // when
        JobExecution plain = jobs.startJob(params(claims, without, null).toJobParameters());
        JobExecution withDevices = jobs.startJob(params(claims, with, devices).toJobParameters());

        // then both complete, and the lines are judged alike: the device list adds client-month
        // findings only
        assertThat(plain.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(withDevices.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Files.readString(with.resolve("lines.csv")))
                .isEqualTo(Files.readString(without.resolve("lines.csv")))
                .contains(";z2;")
                .contains(";CHECKED;");
        List<String> before = Files.readAllLines(without.resolve("findings.csv"));
        List<String> after = Files.readAllLines(with.resolve("findings.csv"));
        assertThat(after).containsAll(before.subList(1, before.size()));
        List<String> added = after.stream().filter(l -> !before.contains(l)).toList();

        // M1's three months at Menzis each cost the Medido with the reason; Z1's January (paid)
        // keeps the check's own cost gap
        // only, February (nothing declared) gets the device
        CostTable costs = CostFileReader.read(COSTS);
        long medido = costs.costOf(Technology.MEDICATION, "Medido").cents();
        String m1 = pseudonymizer.pseudonym("M1");
        String z1 = pseudonymizer.pseudonym("Z1");
        assertThat(added)
                .hasSize(4)
                .allSatisfy(
                        l ->
                                assertThat(l)
                                        .contains(
                                                ";COST_GAP;INFO;;;;",
                                                ";MEDICATION;0;0;0;0;0;" + medido + ";"));
        assertThat(added)
                .filteredOn(l -> l.contains(";" + m1 + ";3332;menzis;"))
                .extracting(l -> l.split(";")[10])
                .containsExactly("2024-01", "2024-02", "2024-03");
        assertThat(added)
                .filteredOn(l -> l.contains(";" + m1 + ";"))
                .allSatisfy(
                        l ->
                                assertThat(l)
                                        .contains(
                                                "apparaat in gebruik, niet declarabel: verzekeraar niet gecontracteerd"));
        assertThat(added)
                .filteredOn(l -> l.contains(";" + z1 + ";9664;cz;"))
                .singleElement()
                .satisfies(
                        l ->
                                assertThat(l)
                                        .contains(
                                                ";2024-02;",
                                                "declarabel bij CZ, maar deze maand geen 1062 gedeclareerd"));
        assertThat(before)
                .filteredOn(l -> l.contains(";COST_GAP;") && l.contains(";" + z1 + ";"))
                .singleElement()
                .satisfies(l -> assertThat(l).contains(";2024-01;"));

        // the totals include them, the run findings say how many came from the list and how far to
        // trust the cost
        assertThat(costGap(with)).isEqualTo(costGap(without) + 4 * medido);
        String summary = Files.readString(with.resolve("summary.json"));
        assertThat(summary)
                .contains(
                        "DEVICE_COST_GAP",
                        "devices.csv (2 apparaten) voegt 4 cliëntmaanden",
                        "(kosten: illustratief)");
        assertThat(Files.readString(without.resolve("summary.json")))
                .doesNotContain("DEVICE_COST_GAP");
        assertThat(Files.readString(with.resolve("report.html"))).contains("voegt 4 cliëntmaanden");

        // and the client numbers appear in no output
        for (String file :
                List.of(
                        "findings.csv",
                        "lines.csv",
                        "summary.json",
                        "report.html",
                        "evidence.json")) {
            assertThat(Files.readString(with.resolve(file)))
                    .as(file)
                    .doesNotContain(";M1;", ";Z1;", "\"M1\"", "\"Z1\"", ">M1<", ">Z1<");
        }
    }

    @Test
    void aRunStoppedAfterTheDevicesStepRestartsWithTheSameFindingsAndRunFinding() throws Exception {
        // given an uninterrupted run with the device list, and a second whose output directory
        // cannot be created
        Path claims = Files.writeString(work.resolve("claims.csv"), EXPORT);
        Path devices =
                Files.writeString(
                        work.resolve("devices.csv"),
                        "clientnummer;uzovi;product;van;tot\nM1;3332;Medido;01-01-2024;\n");
        Path reference = Files.createDirectory(work.resolve("reference"));
        assertThat(jobs.startJob(params(claims, reference, devices).toJobParameters()).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        Path blocked =
                Files.writeString(
                        work.resolve("blocked"), "a file where the output directory should be");
        var parameters = params(claims, blocked, devices).toJobParameters();
        assertThat(jobs.startJob(parameters).getStatus()).isEqualTo(BatchStatus.FAILED);

        // when the obstacle is gone and the same run is started again
        Files.delete(blocked);
        JobExecution restarted = jobs.startJob(parameters);

        // then only the report is written again, with the device findings once and the same run
        // finding
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions())
                .extracting(org.springframework.batch.core.step.StepExecution::getStepName)
                .containsExactly("report", "cleanup");
        assertThat(Files.readString(blocked.resolve("findings.csv")))
                .isEqualTo(Files.readString(reference.resolve("findings.csv")))
                .contains("apparatenlijst");
        assertThat(Files.readString(blocked.resolve("summary.json")))
                .contains("(1 apparaten) voegt 3 cliëntmaanden");
    }

    @Test
    void theDeviceListIsPartOfTheRunsIdentity() throws Exception {
        // given
        Path claims = Files.writeString(work.resolve("claims.csv"), EXPORT);
        Path devices =
                Files.writeString(
                        work.resolve("devices.csv"),
                        "clientnummer;uzovi;product;van;tot\nM1;3332;Medido;01-01-2024;\n");

        // when
        var withList = params(claims, work, devices).toJobParameters();
        var roundTrip = CheckJobParameters.from(withList);

        // then its path and content hash are job parameters, and survive a restart's reading of
        // them
        assertThat(withList.getString(CheckJobParameters.DEVICES_SHA256))
                .isEqualTo(InputInspection.of(devices).sha256());
        assertThat(roundTrip.devices()).isEqualTo(devices.toAbsolutePath());
        assertThat(roundTrip.withLanguage(Language.EN).devicesSha256())
                .isEqualTo(InputInspection.of(devices).sha256());
        assertThat(
                        params(claims, work, null)
                                .toJobParameters()
                                .getString(CheckJobParameters.DEVICES))
                .isNull();
    }

    private static CheckJobParameters params(Path claims, Path out, Path devices) throws Exception {
        return new CheckJobParameters(
                claims.toAbsolutePath(),
                InputInspection.of(claims).sha256(),
                PROFILES,
                ProfileSet.load(PROFILES).fingerprint(),
                COSTS,
                CostFileReader.read(COSTS).sha256(),
                out,
                "devices-" + RUN,
                null,
                null,
                Language.NL,
                null,
                null,
                devices == null ? null : devices.toAbsolutePath(),
                devices == null ? null : InputInspection.of(devices).sha256());
    }

    private static long costGap(Path out) throws Exception {
        Matcher m =
                Pattern.compile("\"costGapCents\" : (\\d+)")
                        .matcher(Files.readString(out.resolve("summary.json")));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
