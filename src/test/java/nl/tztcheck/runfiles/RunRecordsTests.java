package nl.tztcheck.runfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.HashMap;
import java.util.Map;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.rules.Correction;
import org.junit.jupiter.api.Test;

/** The small records of run files come back as written, long texts included. */
class RunRecordsTests {

    @Test
    void textsRejectsAndCorrectionsComeBackAsWritten() throws Exception {
        // a line id longer than writeUTF's 64 KB (a row may hold two million characters)
        String longId = "L".repeat(100_000) + "€";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            RunRecords.writeText(out, longId);
            RunRecords.writeText(out, "");
            RunRecords.endTexts(out);
            RunRecords.writeReject(
                    out, new Reject(7, "datum", "date.invalid|value=\"31-02\"", "a;b"));
            RunRecords.endRejects(out);
            RunRecords.writeCorrection(out, "C1", Correction.cancels("D1"));
            RunRecords.writeCorrection(out, "D2", Correction.orphan("X", Correction.ABSENT));
            RunRecords.endCorrections(out);
        }
        try (DataInputStream in =
                new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(RunRecords.readText(in)).isEqualTo(longId);
            assertThat(RunRecords.readText(in)).isEmpty();
            assertThat(RunRecords.readText(in)).isNull();
            assertThat(RunRecords.readReject(in))
                    .isEqualTo(new Reject(7, "datum", "date.invalid|value=\"31-02\"", "a;b"));
            assertThat(RunRecords.readReject(in)).isNull();
            Map<String, Correction> corrections = new HashMap<>();
            RunRecords.readCorrections(in, corrections);
            assertThat(corrections)
                    .containsExactlyInAnyOrderEntriesOf(
                            Map.of(
                                    "C1", Correction.cancels("D1"),
                                    "D2", Correction.orphan("X", Correction.ABSENT)));
        }
    }
}
