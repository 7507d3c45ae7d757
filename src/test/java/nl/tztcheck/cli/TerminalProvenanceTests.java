package nl.tztcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.tztcheck.batch.ReportTasklet;
import nl.tztcheck.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal summary names how far the insurers' conditions can be trusted and the profile set,
 * read from summary.json.
 */
class TerminalProvenanceTests {

    private static final String SUMMARY =
            """
            {"input": {"file": "claims.csv"},
             "profiles": {"fingerprint": "4486b904538acac3fc1d5a9ca66daeb8c599852b433c2935ff704dcd3752a0af", "trust": "illustrative"},
             "lines": {"read": 3, "technology": 3, "regularCare": 0, "other": 0, "rejected": 0},
             "money": {"claimedCents": 100, "reimbursableCents": 100, "atRiskCents": 0, "uncheckedCents": 0, "costGapCents": 0,
                       "underclaimedCents": 0, "reconciles": true},
             "findings": {"total": 0, "bySeverity": {"ERROR": 0, "WARNING": 0, "INFO": 0}, "byCode": {}},
             "insurers": [{"insurer": "vgz", "trust": "illustrative"}, {"insurer": "cz", "trust": "illustrative"},
                          {"insurer": "x", "trust": "unverified"}, {"insurer": "uzovi-9999", "trust": null}]}
            """;

    private static String print(Path dir, Language language) throws Exception {
        Files.writeString(dir.resolve(ReportTasklet.SUMMARY), SUMMARY, StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalSummary.read(dir)
                .print(new PrintStream(bytes, true, StandardCharsets.UTF_8), language);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneLineCountsTheInsurersPerTrustStateAndNamesTheProfileSet(@TempDir Path dir)
            throws Exception {
        // when the summary is printed in Dutch and in English
        String dutch = print(dir, Language.NL);
        String english = print(dir, Language.EN);

        // then one line says how many insurers rest on illustrative or unverified terms, and which
        // profile set was used
        assertThat(dutch)
                .containsPattern(
                        "Voorwaarden +verzekeraars 2 illustratief, 1 niet geverifieerd; profielset 4486b904538a\\R");
        assertThat(english)
                .containsPattern(
                        "Conditions +insurers 2 illustrative, 1 unverified; profile set 4486b904538a\\R");
    }
}
