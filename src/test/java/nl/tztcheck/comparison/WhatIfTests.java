package nl.tztcheck.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.InsurerProfile;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.profiles.Trust;
import nl.tztcheck.reports.Totals;
import nl.tztcheck.rules.InMemoryCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhatIfTests {

    /**
     * R1 regular care; T1 C1 March MEDICATION 90 min at 75.00 (112.50), no approval; T2 C2 March
     * VIDEO 120 min at 70.00 (140.00), approval A-1; T3 C2 April VIDEO 60 min at 70.00 (70.00), no
     * approval. 3 client-months.
     */
    private static final String CLAIMS =
            ComparisonFixtures.HEADER
                    + "\n"
                    + "R1;C1;;1111;1000;2024-03-01;30;70,00;;;;ZVW;D;;N;\n"
                    + "T1;C1;;1111;1062;2024-03-02;90;75,00;;MEDICATION;;ZVW;D;;N;\n"
                    + "T2;C2;;2222;1062;2024-03-05;120;70,00;;VIDEO;;ZVW;D;;N;A-1\n"
                    + "T3;C2;;2222;1062;2024-04-05;60;70,00;;VIDEO;;ZVW;D;;N;\n";

    @TempDir Path dir;

    private static InsurerOutcome outcome(WhatIfResult r, String id) {
        return r.insurers().stream()
                .filter(o -> o.insurerId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void checksTheSameCareUnderEachInsurerAtItsCeilingWithItsConditionsMet() throws IOException {
        // given the fixture profiles and costs (MEDICATION 100.00, VIDEO 20.00)
        WhatIf whatIf =
                new WhatIf(
                        ProfileSet.load(ComparisonFixtures.profiles(dir)),
                        CostFileReader.read(ComparisonFixtures.costs(dir)));

        // when
        WhatIfResult r = whatIf.run(ComparisonFixtures.write(dir.resolve("claims.csv"), CLAIMS));

        // then, by hand: every technology line declared at the insurer's ceiling, its approval
        // assumed given
        // pooled (PV 70.00): T1 90 x 70 / 60 = 105.00, T2 140.00, T3 70.00; no cost gap
        // strict (national: higher of V/PV = 80.00, approval required and assumed given): 120.00 +
        // 160.00 + 80.00
        // closed (not contracted, declared at 80.00): nothing paid; gaps 100.00 + 20.00 + 20.00
        // split (MEDICATION cap 60, PV 60.00): T1 90 x 60 / 60 = 90.00 claimed, 60 min paid =
        // 60.00; T2 120.00, T3 60.00; gap 40.00
        assertThat(r.clientMonths()).isEqualTo(3);
        assertThat(r.conditions()).isEqualTo(WhatIfConditions.MET);
        assertThat(r.insurers())
                .extracting(
                        InsurerOutcome::insurerId,
                        InsurerOutcome::uzovi,
                        InsurerOutcome::totals,
                        InsurerOutcome::declaredTariffsCents)
                .containsExactly(
                        tuple(
                                "closed",
                                "3333",
                                new Totals(36000, 0, 36000, 0, 14000, 0),
                                List.of(8000L)),
                        tuple(
                                "pooled",
                                "1111",
                                new Totals(31500, 31500, 0, 0, 0, 0),
                                List.of(7000L)),
                        tuple(
                                "split",
                                "4444",
                                new Totals(27000, 24000, 3000, 0, 4000, 0),
                                List.of(6000L)),
                        tuple(
                                "strict",
                                "2222",
                                new Totals(36000, 36000, 0, 0, 0, 0),
                                List.of(8000L)));
        // the export's approval (on T2 only) does not count: at strict no line misses one, and no
        // line is above a ceiling
        assertThat(outcome(r, "strict").findings(FindingCode.APPROVAL_MISSING)).isZero();
        assertThat(outcome(r, "split").findings(FindingCode.CATEGORY_CAP_EXCEEDED)).isEqualTo(1);
        assertThat(r.insurers()).allMatch(o -> o.findings(FindingCode.TARIFF_ABOVE_CEILING) == 0);
        // and as declared (T1 at pooled, T2 and T3 at strict, own tariffs and approvals): 105.00 +
        // 140.00
        assertThat(r.asDeclared().totals().reimbursable()).isEqualTo(24500);
    }

    @Test
    void withTheConditionsNotMetNoLineHasTheApprovalAnInsurerAsksFor() throws IOException {
        // given
        WhatIf whatIf =
                new WhatIf(
                        ProfileSet.load(ComparisonFixtures.profiles(dir)),
                        CostFileReader.read(ComparisonFixtures.costs(dir)));

        // when
        WhatIfResult r =
                whatIf.run(
                        ComparisonFixtures.write(dir.resolve("claims.csv"), CLAIMS),
                        WhatIfConditions.NOT_MET);

        // then strict requires approval: all three lines refused (T2's approval in the export does
        // not count there either)
        assertThat(outcome(r, "strict").findings(FindingCode.APPROVAL_MISSING)).isEqualTo(3);
        assertThat(outcome(r, "strict").totals())
                .isEqualTo(new Totals(36000, 0, 36000, 0, 14000, 0));
        // and an insurer without the condition pays as before
        assertThat(outcome(r, "pooled").totals().reimbursable()).isEqualTo(31500);
    }

    @Test
    void eachInsurersFiguresCarryTheTrustOfTheVersionsThatJudgedThem() throws IOException {
        // given the fixture: national versions verified; pooled's document unverified; strict's
        // backs only requiresApproval
        WhatIf whatIf =
                new WhatIf(
                        ProfileSet.load(ComparisonFixtures.profiles(dir)),
                        CostFileReader.read(ComparisonFixtures.costs(dir)));

        // when
        WhatIfResult r = whatIf.run(ComparisonFixtures.write(dir.resolve("claims.csv"), CLAIMS));

        // then the insurer's version decides: illustrative where a key it sets is not backed
        assertThat(r.insurers())
                .extracting(InsurerOutcome::insurerId, InsurerOutcome::trust)
                .containsExactly(
                        tuple("closed", Trust.ILLUSTRATIVE),
                        tuple("pooled", Trust.ILLUSTRATIVE),
                        tuple("split", Trust.ILLUSTRATIVE),
                        tuple("strict", Trust.ILLUSTRATIVE));
        assertThat(r.costTrust()).isEqualTo(Trust.ILLUSTRATIVE);
        // and the headline names each insurer with its label, and says what illustrative means, in
        // Dutch by default
        String headline = nl.tztcheck.comparison.report.WhatIfReport.headline(r, Language.NL);
        assertThat(headline)
                .contains(
                        "strict (illustratief) met \u20ac 360,00",
                        "closed (illustratief) met \u20ac 0,00",
                        "Illustratief betekent: voorbeeldvoorwaarden, niet de contractvoorwaarden");
        assertThat(nl.tztcheck.comparison.report.WhatIfReport.headline(r, Language.EN))
                .contains(
                        "\u20ac360.00 by strict (illustrative)",
                        "Illustrative means: sample conditions");
    }

    @Test
    void theSpreadIsMostMinusLeastGenerousInEurosAndPerClientMonth() throws IOException {
        // given
        WhatIf whatIf =
                new WhatIf(
                        ProfileSet.load(ComparisonFixtures.profiles(dir)),
                        CostFileReader.read(ComparisonFixtures.costs(dir)));

        // when
        WhatIfResult r = whatIf.run(ComparisonFixtures.write(dir.resolve("claims.csv"), CLAIMS));

        // then strict 360.00 - closed 0.00 = 360.00, / 3 client-months = 120.00
        assertThat(r.mostGenerous().insurerId()).isEqualTo("strict");
        assertThat(r.leastGenerous().insurerId()).isEqualTo("closed");
        assertThat(r.spreadCents()).isEqualTo(36000);
        assertThat(r.perClientMonth(r.spreadCents())).isEqualTo(12000);
        // and among the insurers that pay anything: strict 360.00 - split 240.00 = 120.00, / 3 =
        // 40.00
        WhatIfResult paying = r.payingOnly().orElseThrow();
        assertThat(paying.leastGenerous().insurerId()).isEqualTo("split");
        assertThat(paying.spreadCents()).isEqualTo(12000);
        assertThat(paying.perClientMonth(paying.spreadCents())).isEqualTo(4000);
    }

    @Test
    void eachInsurersTotalsEqualAPlainCheckOfTheExportDeclaredToItOnItsTerms() throws IOException {
        // given the shipped small sample, profiles and costs
        Path small = Path.of("sample-claims/claims-small.csv");
        ProfileSet profiles = ProfileSet.load(Path.of("insurer-profiles"));
        CostTable costs = CostFileReader.read(Path.of("technology-costs.yaml"));

        // when the what-if runs
        WhatIfResult r = new WhatIf(profiles, costs).run(small);

        // then for every insurer: the same figures and findings as 'check' on the export with every
        // technology and
        // regular-care line really declared to that insurer's first UZOVI code, each 1062 line at
        // its ceiling on the line's
        // date (amount left for the tool to compute) and with an approval reference
        InMemoryCheck plain =
                new InMemoryCheck(profiles, costs, ComparisonFixtures.pseudonymizer());
        assertThat(r.insurers()).hasSize(profiles.insurers().size());
        for (InsurerProfile insurer : profiles.insurers()) {
            String uzovi = insurer.labels().get(0).uzovi();
            Path declared = redeclare(small, uzovi, profiles, dir.resolve(insurer.id() + ".csv"));
            InsurerOutcome expected =
                    InsurerOutcome.of(insurer.id(), insurer.name(), uzovi, plain.run(declared));
            assertThat(outcome(r, insurer.id()).totals())
                    .as(insurer.id())
                    .isEqualTo(expected.totals());
            assertThat(outcome(r, insurer.id()).findingsByCode())
                    .as(insurer.id())
                    .isEqualTo(expected.findingsByCode());
        }
    }

    @Test
    void theExportAsDeclaredGivesTheFiguresOfTheSampleReadme() throws IOException {
        // given the shipped small sample
        WhatIf whatIf =
                new WhatIf(
                        ProfileSet.load(Path.of("insurer-profiles")),
                        CostFileReader.read(Path.of("technology-costs.yaml")));

        // when
        WhatIfResult r = whatIf.run(Path.of("sample-claims/claims-small.csv"));

        // then 'as declared' is what sample-claims/README.md gives for check
        assertThat(r.asDeclared().totals())
                .isEqualTo(new Totals(287798, 180375, 97232, 10191, 106190, 0));
    }

    /**
     * The sample's text with column 4 (UZOVI) replaced on rows whose prestatiecode (column 5) is
     * technology or regular care; on 1062 rows also the hourly tariff (column 8: the insurer's
     * ceiling on the date), the amount (column 9: empty) and the approval reference (column 16).
     */
    private static Path redeclare(Path csv, String uzovi, ProfileSet profiles, Path target)
            throws IOException {
        Set<String> codes = Set.of("1062", "1000", "1001", "1002", "1003", "1004");
        java.time.format.DateTimeFormatter dayFirst =
                java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String text =
                lines.stream()
                        .map(
                                l -> {
                                    String[] cells = l.split(";", -1);
                                    if (cells.length > 4 && codes.contains(cells[4])) {
                                        cells[3] = uzovi;
                                    }
                                    if (cells.length > 15 && cells[4].equals("1062")) {
                                        var s =
                                                profiles.resolve(
                                                                uzovi,
                                                                java.time.LocalDate.parse(
                                                                        cells[5], dayFirst))
                                                        .orElseThrow()
                                                        .settings();
                                        cells[7] =
                                                s.tariffCeiling()
                                                        .perHour(s.tariffs())
                                                        .orElseThrow()
                                                        .toDutchString();
                                        cells[8] = "";
                                        cells[15] = "X-1";
                                    }
                                    return String.join(";", cells);
                                })
                        .collect(Collectors.joining("\n", "", "\n"));
        return Files.writeString(target, text, StandardCharsets.UTF_8);
    }
}
