package nl.tztcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.tztcheck.claims.DeviceList.Device;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.ProfileSet;
import org.junit.jupiter.api.Test;

/**
 * Technology in use but not declarable, against the shipped profiles of 2024: Menzis (3332) has no
 * 1062 contract, VGZ (7095) covers medication and video only, Zorg en Zekerheid (7085) excludes
 * MedMinder, CZ (9664) pays medication.
 */
class DeviceMonthsTests {

    private static final ProfileSet PROFILES = ProfileSet.load(Path.of("insurer-profiles"));
    private static final CostTable COSTS = CostFileReader.read(Path.of("technology-costs.yaml"));
    private static final ClientPseudonymizer PSEUDONYMS =
            new ClientPseudonymizer("a test key of 32 bytes, not real".getBytes());
    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final YearMonth MAR = YearMonth.of(2024, 3);

    private final DeviceMonths devices = new DeviceMonths(PROFILES, COSTS, PSEUDONYMS, Language.NL);

    @Test
    void aNonContractedInsurersMedidoMonthsEachGetTheDevicesCostAsCostGapWithTheReason() {
        // given a Medido in use since November 2023 at Menzis, and an export of January to March
        // 2024 without 1062 lines
        Device medido = device("C1", "3332", "Medido", LocalDate.of(2023, 11, 15), null);

        // when
        DeviceMonths.Outcome outcome =
                devices.findings(
                        List.of(medido),
                        JAN,
                        MAR,
                        Map.of(),
                        Map.of("medido", Technology.MEDICATION));

        // then the three months of the export each cost what the cost file says Medido costs, of
        // which Menzis pays nothing
        long medidoCost = COSTS.costOf(Technology.MEDICATION, "Medido").cents();
        assertThat(outcome.findings())
                .extracting(Finding::month)
                .containsExactly(JAN, YearMonth.of(2024, 2), MAR);
        assertThat(outcome.findings())
                .allSatisfy(
                        f -> {
                            assertThat(f.code()).isEqualTo(FindingCode.COST_GAP);
                            assertThat(f.lineId()).isEmpty();
                            assertThat(f.costGapCents()).isEqualTo(medidoCost);
                            assertThat(f.reimbursableCents()).isZero();
                            assertThat(f.insurer()).isEqualTo("menzis");
                            assertThat(f.technology()).isEqualTo(Technology.MEDICATION);
                            assertThat(f.client())
                                    .isEqualTo(PSEUDONYMS.pseudonym("C1"))
                                    .isNotEqualTo("C1");
                            assertThat(f.message())
                                    .contains(
                                            "medicatiebegeleiding",
                                            "Medido",
                                            "verzekeraar niet gecontracteerd",
                                            "apparatenlijst");
                            assertThat(f.source()).contains("Menzis", "illustratief");
                        });
        assertThat(outcome.costGapCents()).isEqualTo(3 * medidoCost);
    }

    @Test
    void aMonthWithAPayableLineAnUnjudgedLineOrTheChecksOwnCostGapGetsNothingMore() {
        // given a Medido at CZ January to March: January paid, February unpaid with the check's own
        // COST_GAP for medication,
        // March with a line the check could not judge
        Device medido = device("C1", "9664", "Medido", LocalDate.of(2024, 1, 1), null);
        Map<DeviceMonths.MonthKey, DeviceMonths.MonthState> checked =
                Map.of(
                        new DeviceMonths.MonthKey("C1", "9664", JAN),
                        new DeviceMonths.MonthState(true, false, Set.of(), Set.of()),
                        new DeviceMonths.MonthKey("C1", "9664", YearMonth.of(2024, 2)),
                        new DeviceMonths.MonthState(
                                false,
                                false,
                                Set.of(FindingCode.APPROVAL_MISSING),
                                Set.of(Technology.MEDICATION)),
                        new DeviceMonths.MonthKey("C1", "9664", MAR),
                        new DeviceMonths.MonthState(
                                false, true, Set.of(FindingCode.NO_PROFILE), Set.of()));

        // when
        DeviceMonths.Outcome outcome =
                devices.findings(
                        List.of(medido),
                        JAN,
                        MAR,
                        checked,
                        Map.of("medido", Technology.MEDICATION));

        // then
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void eachReasonIsSaid() {
        // given an unpaid declared month at CZ, an undeclared month at CZ, other technology at VGZ
        // and MedMinder at Zorg en Zekerheid
        List<Device> list =
                List.of(
                        device(
                                "C1",
                                "9664",
                                "Medido",
                                LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 1, 31)),
                        device(
                                "C2",
                                "9664",
                                "Medido",
                                LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 1, 31)),
                        new Device(
                                4,
                                "C3",
                                "7095",
                                "",
                                Optional.of(Technology.OTHER),
                                LocalDate.of(2024, 1, 1),
                                Optional.of(LocalDate.of(2024, 1, 31))),
                        device(
                                "C4",
                                "7085",
                                "MedMinder",
                                LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 1, 31)));
        Map<DeviceMonths.MonthKey, DeviceMonths.MonthState> checked =
                Map.of(
                        new DeviceMonths.MonthKey("C1", "9664", JAN),
                        new DeviceMonths.MonthState(
                                false,
                                false,
                                Set.of(FindingCode.CATEGORY_CAP_EXCEEDED),
                                Set.of(Technology.VIDEO)));

        // when
        List<Finding> findings =
                devices.findings(
                                list,
                                JAN,
                                MAR,
                                checked,
                                Map.of(
                                        "medido",
                                        Technology.MEDICATION,
                                        "medminder",
                                        Technology.MEDICATION))
                        .findings();

        // then
        assertThat(findings)
                .extracting(f -> f.insurer() + ": " + f.message())
                .anySatisfy(
                        m ->
                                assertThat(m)
                                        .startsWith("cz: ")
                                        .contains(
                                                "1062 gedeclareerd bij CZ, maar geen regel vergoed (CATEGORY_CAP_EXCEEDED)"))
                .anySatisfy(
                        m ->
                                assertThat(m)
                                        .startsWith("cz: ")
                                        .contains(
                                                "declarabel bij CZ, maar deze maand geen 1062 gedeclareerd"))
                .anySatisfy(
                        m ->
                                assertThat(m)
                                        .startsWith("vgz: ")
                                        .contains(
                                                "niet declarabel: VGZ vergoedt overige technologie niet",
                                                "geen product"))
                .anySatisfy(
                        m ->
                                assertThat(m)
                                        .startsWith("zorg-en-zekerheid: ")
                                        .contains("sluit het product MedMinder uit"));
        assertThat(findings)
                .filteredOn(f -> f.insurer().equals("vgz"))
                .singleElement()
                .satisfies(
                        f ->
                                assertThat(f.costGapCents())
                                        .isEqualTo(COSTS.costOf(Technology.OTHER, null).cents()));
    }

    @Test
    void distinctProductsAddUpAndTheSameProductTwiceCountsOnce() {
        // given at Menzis in January: Medido twice (two rows) and MedMinder, all medication
        List<Device> list =
                List.of(
                        device(
                                "C1",
                                "3332",
                                "Medido",
                                LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 1, 10)),
                        device(
                                "C1",
                                "3332",
                                "medido",
                                LocalDate.of(2024, 1, 20),
                                LocalDate.of(2024, 1, 31)),
                        device(
                                "C1",
                                "3332",
                                "MedMinder",
                                LocalDate.of(2024, 1, 5),
                                LocalDate.of(2024, 1, 31)));

        // when
        List<Finding> findings =
                devices.findings(
                                list,
                                JAN,
                                JAN,
                                Map.of(),
                                Map.of(
                                        "medido",
                                        Technology.MEDICATION,
                                        "medminder",
                                        Technology.MEDICATION))
                        .findings();

        // then one finding for the client-month and category, Medido counted once
        assertThat(findings)
                .singleElement()
                .satisfies(
                        f ->
                                assertThat(f.costGapCents())
                                        .isEqualTo(
                                                COSTS.costOf(Technology.MEDICATION, "Medido")
                                                                .cents()
                                                        + COSTS.costOf(
                                                                        Technology.MEDICATION,
                                                                        "MedMinder")
                                                                .cents()));
    }

    @Test
    void aProductWithoutACategoryIsLeftOutAndCounted() {
        // given a product the list gives no technology and the export never declares
        Device unknown = device("C1", "3332", "Robotarm", LocalDate.of(2024, 1, 1), null);

        // when
        DeviceMonths.Outcome outcome =
                devices.findings(
                        List.of(unknown),
                        JAN,
                        MAR,
                        Map.of(),
                        Map.of("medido", Technology.MEDICATION));

        // then
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.withoutCategory()).isEqualTo(1);
    }

    @Test
    void monthsOutsideTheExportAreNotLookedAt() {
        // given a device used in 2023 only
        Device old =
                device(
                        "C1",
                        "3332",
                        "Medido",
                        LocalDate.of(2023, 1, 1),
                        LocalDate.of(2023, 12, 31));

        // then
        assertThat(
                        devices.findings(
                                        List.of(old),
                                        JAN,
                                        MAR,
                                        Map.of(),
                                        Map.of("medido", Technology.MEDICATION))
                                .findings())
                .isEmpty();
    }

    @Test
    void englishWhenTheRunIsEnglish() {
        // given
        Device medido = device("C1", "3332", "Medido", LocalDate.of(2024, 1, 1), null);

        // when
        List<Finding> findings =
                new DeviceMonths(PROFILES, COSTS, PSEUDONYMS, Language.EN)
                        .findings(
                                List.of(medido),
                                JAN,
                                JAN,
                                Map.of(),
                                Map.of("medido", Technology.MEDICATION))
                        .findings();

        // then
        assertThat(findings)
                .singleElement()
                .satisfies(
                        f ->
                                assertThat(f.message())
                                        .contains(
                                                "device in use, not declarable: insurer not contracted",
                                                "(device list)"));
    }

    /**
     * A device without a technology of its own (the export's lines give the product's category); to
     * null: still in use.
     */
    private static Device device(
            String client, String uzovi, String product, LocalDate from, LocalDate to) {
        return new Device(
                2, client, uzovi, product, Optional.empty(), from, Optional.ofNullable(to));
    }
}
