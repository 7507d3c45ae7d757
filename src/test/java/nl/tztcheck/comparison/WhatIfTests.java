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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.InsurerProfile;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.reports.Totals;
import nl.tztcheck.rules.InMemoryCheck;

class WhatIfTests {

    /**
     * R1 regular care; T1 C1 March MEDICATION 90 min at 75.00 (112.50), no approval; T2 C2 March VIDEO 120 min at
     * 70.00 (140.00), approval A-1; T3 C2 April VIDEO 60 min at 70.00 (70.00), no approval. 3 client-months.
     */
    private static final String CLAIMS = ComparisonFixtures.HEADER + "\n"
            + "R1;C1;;1111;1000;2024-03-01;30;70,00;;;;ZVW;D;;N;\n"
            + "T1;C1;;1111;1062;2024-03-02;90;75,00;;MEDICATION;;ZVW;D;;N;\n"
            + "T2;C2;;2222;1062;2024-03-05;120;70,00;;VIDEO;;ZVW;D;;N;A-1\n"
            + "T3;C2;;2222;1062;2024-04-05;60;70,00;;VIDEO;;ZVW;D;;N;\n";

    @TempDir
    Path dir;

    private static InsurerOutcome outcome(WhatIfResult r, String id) {
        return r.insurers().stream().filter(o -> o.insurerId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void checksTheSameCareUnderEachInsurerToTheCent() throws IOException {
        // given the fixture profiles and costs (MEDICATION 100.00, VIDEO 20.00)
        WhatIf whatIf = new WhatIf(ProfileSet.load(ComparisonFixtures.profiles(dir)), CostFileReader.read(ComparisonFixtures.costs(dir)));

        // when
        WhatIfResult r = whatIf.run(ComparisonFixtures.write(dir.resolve("claims.csv"), CLAIMS));

        // then, by hand:
        // pooled (ceiling PV 70.00): T1 90 x 70 / 60 = 105.00 (7.50 at risk), T2 140.00, T3 70.00; no cost gap
        // strict (approval): only T2 has one: 140.00; gaps MEDICATION 100.00 (C1 March) + VIDEO 20.00 (C2 April)
        // closed: nothing; gaps 100.00 + 20.00 + 20.00
        // split (MEDICATION cap 60, ceiling PV 60.00): T1 60 x 60 / 60 = 60.00, T2 120.00, T3 60.00; gap 100 - 60 = 40.00
        assertThat(r.clientMonths()).isEqualTo(3);
        assertThat(r.insurers()).extracting(InsurerOutcome::insurerId, InsurerOutcome::uzovi, InsurerOutcome::totals).containsExactly(
                tuple("closed", "3333", new Totals(32250, 0, 32250, 0, 14000, 0)),
                tuple("pooled", "1111", new Totals(32250, 31500, 750, 0, 0, 0)),
                tuple("split", "4444", new Totals(32250, 24000, 8250, 0, 4000, 0)),
                tuple("strict", "2222", new Totals(32250, 14000, 18250, 0, 12000, 0)));
        assertThat(outcome(r, "strict").findings(FindingCode.APPROVAL_MISSING)).isEqualTo(2);
        assertThat(outcome(r, "split").findings(FindingCode.CATEGORY_CAP_EXCEEDED)).isEqualTo(1);
        assertThat(outcome(r, "split").findings(FindingCode.TARIFF_ABOVE_CEILING)).isEqualTo(3);
        // and as declared (T1 at pooled, T2 and T3 at strict): 105.00 + 140.00
        assertThat(r.asDeclared().totals().reimbursable()).isEqualTo(24500);
    }

    @Test
    void theSpreadIsMostMinusLeastGenerousInEurosAndPerClientMonth() throws IOException {
        // given
        WhatIf whatIf = new WhatIf(ProfileSet.load(ComparisonFixtures.profiles(dir)), CostFileReader.read(ComparisonFixtures.costs(dir)));

        // when
        WhatIfResult r = whatIf.run(ComparisonFixtures.write(dir.resolve("claims.csv"), CLAIMS));

        // then pooled 315.00 - closed 0.00 = 315.00, / 3 client-months = 105.00
        assertThat(r.mostGenerous().insurerId()).isEqualTo("pooled");
        assertThat(r.leastGenerous().insurerId()).isEqualTo("closed");
        assertThat(r.spreadCents()).isEqualTo(31500);
        assertThat(r.perClientMonth(r.spreadCents())).isEqualTo(10500);
        // and among the insurers that pay anything: pooled 315.00 - strict 140.00 = 175.00, / 3 = 58.333 -> 58.33
        WhatIfResult paying = r.payingOnly().orElseThrow();
        assertThat(paying.leastGenerous().insurerId()).isEqualTo("strict");
        assertThat(paying.spreadCents()).isEqualTo(17500);
        assertThat(paying.perClientMonth(paying.spreadCents())).isEqualTo(5833);
    }

    @Test
    void eachInsurersTotalsEqualAPlainCheckOfTheExportDeclaredToIt() throws IOException {
        // given the shipped small sample, profiles and costs
        Path small = Path.of("sample-claims/claims-small.csv");
        ProfileSet profiles = ProfileSet.load(Path.of("insurer-profiles"));
        CostTable costs = CostFileReader.read(Path.of("technology-costs.yaml"));

        // when the what-if runs
        WhatIfResult r = new WhatIf(profiles, costs).run(small);

        // then for every insurer: the same figures and findings as 'check' on the export with every technology and
        // regular-care line really declared to that insurer's first UZOVI code
        InMemoryCheck plain = new InMemoryCheck(profiles, costs, ComparisonFixtures.pseudonymizer());
        assertThat(r.insurers()).hasSize(profiles.insurers().size());
        for (InsurerProfile insurer : profiles.insurers()) {
            String uzovi = insurer.labels().get(0).uzovi();
            Path declared = redeclare(small, uzovi, dir.resolve(insurer.id() + ".csv"));
            InsurerOutcome expected = InsurerOutcome.of(insurer.id(), insurer.name(), uzovi, plain.run(declared));
            assertThat(outcome(r, insurer.id())).as(insurer.id()).isEqualTo(expected);
        }
    }

    @Test
    void theExportAsDeclaredGivesTheFiguresOfTheSampleReadme() throws IOException {
        // given the shipped small sample
        WhatIf whatIf = new WhatIf(ProfileSet.load(Path.of("insurer-profiles")), CostFileReader.read(Path.of("technology-costs.yaml")));

        // when
        WhatIfResult r = whatIf.run(Path.of("sample-claims/claims-small.csv"));

        // then 'as declared' is what sample-claims/README.md gives for check
        assertThat(r.asDeclared().totals()).isEqualTo(new Totals(287798, 180375, 97232, 10191, 106190, 0));
    }

    /** The sample's text with column 4 (UZOVI) replaced on rows whose prestatiecode (column 5) is technology or regular care. */
    private static Path redeclare(Path csv, String uzovi, Path target) throws IOException {
        Set<String> codes = Set.of("1062", "1000", "1001", "1002", "1003", "1004");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String text = lines.stream().map(l -> {
            String[] cells = l.split(";", -1);
            if (cells.length > 4 && codes.contains(cells[4])) {
                cells[3] = uzovi;
            }
            return String.join(";", cells);
        }).collect(Collectors.joining("\n", "", "\n"));
        return Files.writeString(target, text, StandardCharsets.UTF_8);
    }
}
