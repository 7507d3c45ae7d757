package nl.tztcheck.claims.aw319;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.tztcheck.claims.ClaimCsvFile;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.ClaimRowParser;
import nl.tztcheck.claims.InputInspection;
import nl.tztcheck.claims.RawRow;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.profiles.ProfileSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sample-claims/claims-small.asc is the AW319 twin of claims-small-aw319.csv (the Zvw lines of
 * claims-small.csv with every tariff representable in whole cents per unit), as export-aw319 writes
 * it; checking either gives the same findings.
 */
class Aw319SampleTests {

    private static final Path CSV = Path.of("sample-claims", "claims-small-aw319.csv");
    private static final Path ASC = Path.of("sample-claims", "claims-small.asc");

    @Test
    void theSampleIsWhatTheWriterMakesOfTheCsvSample(@TempDir Path dir) throws IOException {
        // given the CSV sample read with the shipped profiles
        ProfileSet profiles = ProfileSet.load(Path.of("insurer-profiles"));
        List<ClaimLine> lines = new ArrayList<>();
        try (ClaimCsvFile csv = ClaimCsvFile.open(CSV, InputInspection.of(CSV))) {
            ClaimRowParser parser = new ClaimRowParser(csv.header(), profiles, csv.separator());
            for (RawRow row = csv.nextRow(); row != null; row = csv.nextRow()) {
                if (parser.parse(row) instanceof RowResult.Accepted a) {
                    lines.add(a.line());
                }
            }
        }

        // when written with the default settings
        Path fresh = dir.resolve("claims-small.asc");
        new Aw319Writer(Aw319WriterSettings.defaults()).write(lines, fresh);

        // then the shipped sample is byte for byte the same (regenerate it with the command in
        // docs/aw319.md)
        assertThat(Files.readAllBytes(ASC)).isEqualTo(Files.readAllBytes(fresh));
    }

    @Test
    void theSampleIsAValidAw319FileWhoseLinesAllRead() throws IOException {
        // given the shipped sample
        assertThat(Aw319Format.isAw319(ASC)).isTrue();

        // when validated and read, then it has no structural problem and every 04 record is a line
        assertThat(Aw319Validator.validate(ASC)).isEmpty();
        int lines = 0;
        try (Aw319File file =
                Aw319File.open(
                        ASC,
                        ProfileSet.load(Path.of("insurer-profiles")),
                        TechnologyMapping.NONE)) {
            for (RowResult r = file.next(); r != null; r = file.next()) {
                assertThat(r).isInstanceOf(RowResult.Accepted.class);
                lines++;
            }
        }
        assertThat(lines).isEqualTo(42);
    }

    @Test
    void theCsvTwinAndTheAw319FileGiveTheSameFindings() throws IOException {
        // given the shipped profiles and costs
        ProfileSet profiles = ProfileSet.load(Path.of("insurer-profiles"));
        var costs = nl.tztcheck.profiles.CostFileReader.read(Path.of("technology-costs.yaml"));
        var check =
                new nl.tztcheck.rules.InMemoryCheck(
                        profiles,
                        costs,
                        new nl.tztcheck.findings.ClientPseudonymizer(new byte[32]));

        // when both twins are checked
        var fromCsv = check.run(CSV);
        var fromAw319 = check.run(ASC);

        // then every finding is the same but for the line number in the file, and the money
        // reconciles alike
        assertThat(fromAw319.findings()).hasSizeGreaterThan(20);
        assertThat(fromAw319.findings().stream().map(Aw319SampleTests::withoutLineNo).toList())
                .isEqualTo(
                        fromCsv.findings().stream().map(Aw319SampleTests::withoutLineNo).toList());
        assertThat(fromAw319.counts()).isEqualTo(fromCsv.counts());
        assertThat(fromAw319.findings())
                .extracting(f -> f.code().name())
                .contains(
                        "DUPLICATE_LINE",
                        "CREDIT_IN_SAME_FILE",
                        "ORPHAN_CREDIT",
                        "APPROVAL_MISSING",
                        "TARIFF_ABOVE_CEILING",
                        "MONTHLY_CAP_EXCEEDED",
                        "CATEGORY_CAP_EXCEEDED",
                        "COST_GAP");
    }

    private static nl.tztcheck.findings.Finding withoutLineNo(nl.tztcheck.findings.Finding f) {
        return new nl.tztcheck.findings.Finding(
                f.key(),
                f.code(),
                f.lineId(),
                0,
                f.client(),
                f.uzovi(),
                f.insurer(),
                f.profileVersion(),
                f.month(),
                f.technology(),
                f.minutesClaimed(),
                f.minutesAllowed(),
                f.claimedCents(),
                f.reimbursableCents(),
                f.atRiskCents(),
                f.costGapCents(),
                f.underclaimedCents(),
                f.message(),
                f.source());
    }
}
