package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.tztcheck.claims.Bsn;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Law;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.money.Money;
import org.junit.jupiter.api.Test;

/**
 * What the load stages instead of identifiers: staging keys, BSN states, sealed BSNs, tokens for
 * BSNs in free text.
 */
class StagedIdentifiersTests {

    static final ClientPseudonymizer KEYED =
            new ClientPseudonymizer("a test key of some length".getBytes(StandardCharsets.UTF_8));
    static final ClientPseudonymizer OTHER =
            new ClientPseudonymizer("another key of some length".getBytes(StandardCharsets.UTF_8));

    @Test
    void aStagingKeysPseudonymIsTheClientNumbersPseudonym() {
        String key = KEYED.stagingKey("CL000101");
        assertThat(key).hasSize(32).matches("[0-9a-f]{32}").doesNotContain("CL000101");
        assertThat(ClientPseudonymizer.ofStagingKeys().pseudonym(key))
                .isEqualTo(KEYED.pseudonym("CL000101"));
        assertThat(KEYED.stagingKey("CL000102")).isNotEqualTo(key);
        assertThat(OTHER.stagingKey("CL000101")).isNotEqualTo(key);
    }

    @Test
    void theBsnStateKeepsWhatTheRulesAskAndNothingElse() {
        for (String bsn :
                new String[] {
                    null, "", " ", Bsn.NONE, "326018153", "123456789", "12345678", "abc"
                }) {
            String standIn = BsnState.of(bsn).standIn();
            assertThat(Bsn.isAbsent(standIn)).as(bsn).isEqualTo(Bsn.isAbsent(bsn));
            assertThat(Bsn.isValid(standIn)).as(bsn).isEqualTo(Bsn.isValid(bsn));
            assertThat(BsnState.ofCode(BsnState.of(bsn).code)).isEqualTo(BsnState.of(bsn));
        }
    }

    @Test
    void aSealedBsnOpensWithTheSameKeyOnlyAndNeverLooksTheSameTwice() {
        BsnSeal seal = new BsnSeal(KEYED);
        String a = seal.seal("326018153");
        String b = seal.seal("326018153");
        assertThat(a).isNotEqualTo(b).doesNotContain("326018153");
        assertThat(seal.open(a)).isEqualTo("326018153");
        assertThat(seal.open(b)).isEqualTo("326018153");
        assertThat(seal.seal(null)).isNull();
        assertThatThrownBy(() -> new BsnSeal(OTHER).open(a)).hasMessageContaining("--force");
    }

    @Test
    void aBsnInFreeTextBecomesAStableTokenOtherDigitsStay() {
        IdentifierMasker masker = new IdentifierMasker(KEYED);
        String masked = masker.mask("L-326018153");
        assertThat(masked)
                .startsWith("L-BSN-")
                .hasSize("L-BSN-".length() + 12)
                .doesNotContain("326018153");
        assertThat(masker.mask("L-326018153")).isEqualTo(masked);
        assertThat(new IdentifierMasker(OTHER).mask("L-326018153")).isNotEqualTo(masked);
        assertThat(masker.mask("326018153 and 131860914"))
                .matches("BSN-[0-9a-f]{12} and BSN-[0-9a-f]{12}");
        // not a BSN: fails the 11-test, "no BSN", longer or shorter runs, no digits
        for (String kept :
                new String[] {
                    "123456789", Bsn.NONE, "3260181530", "32601815", "L001", "Medido", "", null
                }) {
            assertThat(masker.mask(kept)).isEqualTo(kept);
        }
    }

    @Test
    void theStagedLineHoldsNoIdentifier() {
        ClaimLine raw =
                new ClaimLine(
                        7,
                        "L-326018153",
                        "CL000101",
                        "131860914",
                        "9664",
                        "1062",
                        LocalDate.of(2024, 3, 1),
                        60,
                        Money.cents(6500),
                        Money.cents(6500),
                        true,
                        Technology.MEDICATION,
                        "Medido 326018153",
                        Law.ZVW,
                        true,
                        "L-326018153",
                        false,
                        "TOE-326018153");
        ClaimLine staged =
                new StagingWriter(null, new StagingTables(1), KEYED, false, null).staged(raw);
        assertThat(staged.toString()).doesNotContain("326018153", "131860914", "CL000101");
        assertThat(staged.clientId()).isEqualTo(KEYED.stagingKey("CL000101"));
        assertThat(staged.lineId()).isEqualTo(staged.correctsLineId());
        assertThat(Bsn.isValid(staged.bsn())).isTrue();
        assertThat(java.util.Arrays.deepToString(StagingTables.lineRow("P-x", staged)))
                .doesNotContain("111222333");
    }
}
