package nl.tztcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.tztcheck.findings.RunFinding;
import nl.tztcheck.findings.RunFindingCode;
import nl.tztcheck.findings.Severity;
import nl.tztcheck.i18n.Language;
import org.junit.jupiter.api.Test;

/**
 * An export that gave nothing to check is a warning about the run, in the run's language; a normal
 * export has none.
 */
class RunChecksTests {

    @Test
    void aHeaderOnlyExportHasNoTechnologyLinesAndSaysTheFileHoldsNoLine() {
        // given nothing read
        LineCounts counts = new LineCounts(0, 0, 0, 0, 0, 0);

        // when
        List<RunFinding> findings = RunChecks.of(counts, Language.NL);

        // then
        assertThat(findings)
                .extracting(RunFinding::code)
                .containsExactly(RunFindingCode.NO_TECHNOLOGY_LINES);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.get(0).message())
                .contains("geen enkele declaratieregel", "niets gecontroleerd");
    }

    @Test
    void anExportOfOtherCareOnlyNamesWhatItHeldInstead() {
        // given 1,250 lines of regular care, 3 other, 2 rejected, no 1062 line
        LineCounts counts = new LineCounts(1_255, 0, 1_250, 3, 2, 0);

        // when
        List<RunFinding> nl = RunChecks.of(counts, Language.NL);
        List<RunFinding> en = RunChecks.of(counts, Language.EN);

        // then the counts are in the message, written the reader's way
        assertThat(nl)
                .extracting(RunFinding::code)
                .containsExactly(RunFindingCode.NO_TECHNOLOGY_LINES);
        assertThat(nl.get(0).message())
                .contains("1.255", "gewone zorg 1.250", "overig 3", "afgekeurd 2", "1062");
        assertThat(en.get(0).message())
                .contains("1,255", "regular care 1,250", "other 3", "rejected 2", "1062");
    }

    @Test
    void everyLineRejectedIsSaidOnceAsAllLinesRejected() {
        // given 40 lines read, all rejected (so none is a technology line either)
        LineCounts counts = new LineCounts(40, 0, 0, 0, 40, 0);

        // when
        List<RunFinding> findings = RunChecks.of(counts, Language.EN);

        // then one finding, not two
        assertThat(findings)
                .extracting(RunFinding::code)
                .containsExactly(RunFindingCode.ALL_LINES_REJECTED);
        assertThat(findings.get(0).message()).contains("All 40 lines were rejected", "rejects.csv");
    }

    @Test
    void anExportWithOneTechnologyLineHasNoRunFinding() {
        // given one 1062 line among rejects and regular care
        LineCounts counts = new LineCounts(10, 1, 5, 0, 4, 0);

        // then
        assertThat(RunChecks.of(counts, Language.NL)).isEmpty();
    }
}
