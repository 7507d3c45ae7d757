package nl.tztcheck.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.rules.CheckOutcome;
import nl.tztcheck.rules.InMemoryCheck;
import nl.tztcheck.rules.LineResult;
import nl.tztcheck.rules.LineStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped samples against the shipped profiles and costs: what sample-claims/README.md
 * promises.
 */
class SampleExportsTests {

    private static final Path SMALL = Path.of("sample-claims/claims-small.csv");
    private static final Path REALISTIC = Path.of("sample-claims/claims-realistic.csv");

    /** The codes the small sample is built to show, each at least once. */
    private static final Set<FindingCode> SHOWCASED =
            EnumSet.of(
                    FindingCode.MONTHLY_CAP_EXCEEDED,
                    FindingCode.CATEGORY_CAP_EXCEEDED,
                    FindingCode.TARIFF_ABOVE_CEILING,
                    FindingCode.NOT_ZVW,
                    FindingCode.WLZ_CLIENT,
                    FindingCode.NOT_CONTRACTED,
                    FindingCode.TECHNOLOGY_NOT_COVERED,
                    FindingCode.APPROVAL_MISSING,
                    FindingCode.NO_REGULAR_CARE,
                    FindingCode.DUPLICATE_LINE,
                    FindingCode.INVALID_BSN,
                    FindingCode.CREDIT_IN_SAME_FILE,
                    FindingCode.ORPHAN_CREDIT,
                    FindingCode.AMOUNT_MISMATCH,
                    FindingCode.NO_PROFILE,
                    FindingCode.COST_GAP);

    private static final ClientPseudonymizer PSEUDONYMS = new ClientPseudonymizer(new byte[32]);

    private static InMemoryCheck check;

    @BeforeAll
    static void loadShippedProfilesAndCosts() {
        ProfileSet profiles = ProfileSet.load(Path.of("insurer-profiles"));
        CostTable costs = CostFileReader.read(Path.of("technology-costs.yaml"));
        check = new InMemoryCheck(profiles, costs, PSEUDONYMS);
    }

    private static Map<String, List<FindingCode>> codesByLine(CheckOutcome outcome) {
        Map<String, List<FindingCode>> byLine = new TreeMap<>();
        for (LineResult r : outcome.lines()) {
            byLine.put(r.line().lineId(), r.codes().stream().sorted().toList());
        }
        return byLine;
    }

    private static LineResult line(CheckOutcome outcome, String lineId) {
        return outcome.lines().stream()
                .filter(r -> r.line().lineId().equals(lineId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void smallSampleShowsEveryFindingCodeItIsBuiltFor() throws IOException {
        // given the hand-written small sample
        // when it is checked against the shipped profiles
        CheckOutcome outcome = check.run(SMALL);

        // then every showcased code occurs
        Set<FindingCode> codes =
                outcome.findings().stream().map(Finding::code).collect(Collectors.toSet());
        assertThat(codes).containsAll(SHOWCASED);
        // and each technology line gets exactly the findings the README's table lists for it
        assertThat(codesByLine(outcome))
                .containsExactlyEntriesOf(
                        new TreeMap<>(
                                Map.ofEntries(
                                        Map.entry("L003", List.of()),
                                        Map.entry(
                                                "L004",
                                                List.of(
                                                        FindingCode.CATEGORY_CAP_EXCEEDED,
                                                        FindingCode.TARIFF_ABOVE_CEILING)),
                                        Map.entry("L005", List.of()),
                                        Map.entry(
                                                "L006", List.of(FindingCode.MONTHLY_CAP_EXCEEDED)),
                                        Map.entry("L008", List.of()),
                                        Map.entry(
                                                "L009",
                                                List.of(FindingCode.TECHNOLOGY_NOT_COVERED)),
                                        Map.entry("L010", List.of(FindingCode.NO_REGULAR_CARE)),
                                        Map.entry("L012", List.of(FindingCode.APPROVAL_MISSING)),
                                        Map.entry("L014", List.of()),
                                        Map.entry("L016", List.of(FindingCode.NOT_CONTRACTED)),
                                        Map.entry("L018", List.of()),
                                        Map.entry("L019", List.of()),
                                        Map.entry(
                                                "L020", List.of(FindingCode.MONTHLY_CAP_EXCEEDED)),
                                        Map.entry(
                                                "L022",
                                                List.of(FindingCode.TECHNOLOGY_NOT_COVERED)),
                                        Map.entry(
                                                "L024", List.of(FindingCode.TARIFF_ABOVE_CEILING)),
                                        Map.entry("L025", List.of(FindingCode.NOT_ZVW)),
                                        Map.entry("L026", List.of(FindingCode.WLZ_CLIENT)),
                                        Map.entry("L028", List.of()),
                                        Map.entry("L029", List.of(FindingCode.DUPLICATE_LINE)),
                                        Map.entry("L031", List.of(FindingCode.INVALID_BSN)),
                                        Map.entry("L033", List.of()),
                                        Map.entry("L034", List.of(FindingCode.CREDIT_IN_SAME_FILE)),
                                        Map.entry("L035", List.of()),
                                        Map.entry("L037", List.of(FindingCode.ORPHAN_CREDIT)),
                                        Map.entry("L039", List.of(FindingCode.AMOUNT_MISMATCH)),
                                        Map.entry("L041", List.of(FindingCode.NO_PROFILE)),
                                        Map.entry("L042", List.of(FindingCode.NOT_ZVW)),
                                        Map.entry("L044", List.of()))));
        // and the cost gaps are the ones the README lists, per client-month and category
        assertThat(outcome.findings().stream().filter(f -> f.code() == FindingCode.COST_GAP))
                .extracting(Finding::client, Finding::technology, Finding::costGapCents)
                .containsExactlyInAnyOrder(
                        tuple(PSEUDONYMS.pseudonym("CL000101"), Technology.MEDICATION, 3750L),
                        tuple(PSEUDONYMS.pseudonym("CL000102"), Technology.MEDICATION, 7240L),
                        tuple(PSEUDONYMS.pseudonym("CL000102"), Technology.OTHER, 3000L),
                        tuple(PSEUDONYMS.pseudonym("CL000103"), Technology.VIDEO, 3500L),
                        tuple(PSEUDONYMS.pseudonym("CL000104"), Technology.MEDICATION, 18000L),
                        tuple(PSEUDONYMS.pseudonym("CL000106"), Technology.MEDICATION, 20000L),
                        tuple(PSEUDONYMS.pseudonym("CL000107"), Technology.MEDICATION, 3200L),
                        tuple(PSEUDONYMS.pseudonym("CL000108"), Technology.MEDICATION, 18000L),
                        tuple(PSEUDONYMS.pseudonym("CL000110"), Technology.VIDEO, 2500L),
                        tuple(PSEUDONYMS.pseudonym("CL000111"), Technology.MEDICATION, 20000L),
                        tuple(PSEUDONYMS.pseudonym("CL000118"), Technology.VIDEO, 2500L),
                        tuple(PSEUDONYMS.pseudonym("CL000119"), Technology.MEDICATION, 4500L));
    }

    @Test
    void smallSampleReproducesTheWorkedExampleAtCzTariffs() throws IOException {
        // given the small sample, whose client CL000101 is the spec's worked example declared to CZ
        // (category caps 150/240, 390 pooled, ceiling = CZ's PV tariff 65.00 instead of the
        // example's 70.00)
        // when it is checked
        CheckOutcome outcome = check.run(SMALL);

        // then the minutes granted follow the example exactly and the money follows at 65.00 /
        // 70.00
        assertThat(List.of("L003", "L004", "L005", "L006"))
                .extracting(id -> line(outcome, id))
                .extracting(
                        LineResult::allowedMinutes,
                        LineResult::claimed,
                        LineResult::reimbursable,
                        LineResult::atRisk)
                .containsExactly(
                        tuple(90, 9750L, 9750L, 0L),
                        tuple(60, 10500L, 6500L, 4000L),
                        tuple(200, 21667L, 21667L, 0L),
                        tuple(40, 5417L, 4333L, 1084L));
    }

    @Test
    void smallSampleRejectsTheUnreadableRowsAndCountsAddUp() throws IOException {
        // given the small sample with five unreadable rows at its end
        // when it is checked
        CheckOutcome outcome = check.run(SMALL);

        // then exactly those rows are rejected, each naming the column at fault
        assertThat(outcome.rejects())
                .extracting(r -> r.lineNo(), r -> r.field())
                .containsExactly(
                        tuple(47L, "service_date"),
                        tuple(48L, "minutes"),
                        tuple(49L, "technology"),
                        tuple(50L, "line_id"),
                        tuple(51L, "hourly_tariff"));
        // and lines read = technology + regular care + other + rejected
        assertThat(outcome.counts().read()).isEqualTo(50);
        assertThat(outcome.counts().technology()).isEqualTo(28);
        assertThat(outcome.counts().regularCare()).isEqualTo(16);
        assertThat(outcome.counts().other()).isEqualTo(1);
        assertThat(outcome.counts().rejected()).isEqualTo(5);
        assertThat(outcome.counts().reconciles()).isTrue();
        assertMoneyInvariant(outcome);
    }

    @Test
    void realisticSampleIsWhatTheReadmeCommandGenerates() throws IOException {
        // given the committed realistic sample
        // when the generator runs with its defaults (tzt-check generate --out
        // sample-claims/claims-realistic.csv)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClaimGenerator(GeneratorOptions.defaults()).writeTo(out);

        // then it writes the committed file byte for byte
        assertThat(out.toByteArray()).isEqualTo(Files.readAllBytes(REALISTIC));
    }

    @Test
    void realisticSampleKeepsTheSpecInvariantsAndLeaksNoClientData() throws IOException {
        // given the realistic sample and the client numbers and BSNs it holds
        Set<String> bsns = new HashSet<>();
        Files.readAllLines(REALISTIC, Charset.forName("windows-1252")).stream()
                .skip(1)
                .forEach(row -> bsns.add(row.split(";", -1)[2]));
        bsns.remove("999999999");

        // when it is checked
        CheckOutcome outcome = check.run(REALISTIC);

        // then the line counts reconcile and every totalled line's money adds up
        assertThat(outcome.counts().read()).isEqualTo(35_411);
        assertThat(outcome.counts().reconciles()).isTrue();
        assertThat(outcome.counts().rejected()).isEqualTo(18);
        assertMoneyInvariant(outcome);
        // and the money is what sample-claims/README.md says: claimed, reimbursable, at risk,
        // unchecked, cost gap and left
        // unclaimed (20 lines declared below minutes x tariff / 60)
        assertThat(nl.tztcheck.comparison.InsurerOutcome.of("all", "all", "", outcome).totals())
                .isEqualTo(
                        new nl.tztcheck.reports.Totals(
                                60449578, 47625342, 11409724, 1414512, 23338394, 9213));
        assertThat(outcome.findings()).filteredOn(f -> f.underclaimedCents() > 0).hasSize(20);
        // and the sample shows the whole range of findings
        Set<FindingCode> codes =
                outcome.findings().stream().map(Finding::code).collect(Collectors.toSet());
        assertThat(codes).containsAll(SHOWCASED);
        // and no finding or reject carries a client number or a BSN from the input
        Pattern clientNumber = Pattern.compile("CL\\d{6}");
        Pattern nineDigits = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");
        for (Finding f : outcome.findings()) {
            String text = f.toString();
            assertThat(clientNumber.matcher(text).find())
                    .as("client number in %s", f.key())
                    .isFalse();
            Matcher m = nineDigits.matcher(text);
            while (m.find()) {
                assertThat(bsns).as("BSN in finding %s", f.key()).doesNotContain(m.group());
            }
        }
        assertThat(outcome.rejects())
                .allSatisfy(
                        r ->
                                assertThat(r.rawText())
                                        .doesNotContainPattern("CL\\d{6}")
                                        .doesNotContainPattern("(?<!\\d)\\d{9}(?!\\d)"));
        // and a second run gives the same findings
        assertThat(check.run(REALISTIC).findings()).isEqualTo(outcome.findings());
    }

    /**
     * For every debit not reversed by a credit (duplicates included): claimed = reimbursable + at
     * risk + unchecked.
     */
    private static void assertMoneyInvariant(CheckOutcome outcome) {
        List<LineResult> totalled =
                outcome.lines().stream().filter(r -> r.status().inTotals()).toList();
        assertThat(totalled).isNotEmpty();
        assertThat(totalled)
                .allSatisfy(
                        r ->
                                assertThat(r.claimed())
                                        .as("line %s", r.line().lineId())
                                        .isEqualTo(r.reimbursable() + r.atRisk() + r.unchecked()));
        // spec 3.6: a payer never pays more than was declared, so nothing is negative
        assertThat(totalled)
                .allSatisfy(
                        r -> {
                            assertThat(r.reimbursable())
                                    .as("line %s", r.line().lineId())
                                    .isBetween(0L, r.claimed());
                            assertThat(r.atRisk()).as("line %s", r.line().lineId()).isNotNegative();
                        });
        assertThat(outcome.lines())
                .filteredOn(r -> r.status() == LineStatus.UNCHECKED)
                .allSatisfy(r -> assertThat(r.atRisk()).isZero());
    }
}
