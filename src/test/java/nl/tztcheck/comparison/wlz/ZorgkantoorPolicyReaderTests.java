package nl.tztcheck.comparison.wlz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZorgkantoorPolicyReaderTests {

    @TempDir Path dir;

    @Test
    void theShippedProfilesAreValidAndCiteTheSeed() {
        // when
        var policies = ZorgkantoorPolicyReader.readDirectory(Path.of("zorgkantoor-profiles"));

        // then seven zorgkantoren, 2024-2026, each unverified with the seed as source, each with an
        // unclear note
        assertThat(policies)
                .extracting(ZorgkantoorPolicy::id)
                .containsExactly(
                        "cz",
                        "dsw",
                        "menzis",
                        "salland",
                        "vgz",
                        "zilveren-kruis",
                        "zorg-en-zekerheid");
        assertThat(policies)
                .allSatisfy(
                        p -> {
                            assertThat(p.validFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
                            assertThat(p.validTo()).isEqualTo(LocalDate.of(2026, 12, 31));
                            assertThat(p.source().verified()).isFalse();
                            assertThat(p.source().title())
                                    .contains("zorgkantoren-contractering-2024-2026.txt");
                            assertThat(p.term(Term.BASE).orElseThrow().percentage())
                                    .isEqualByComparingTo("95.5");
                            assertThat(
                                            p.terms().values().stream()
                                                            .anyMatch(TermValue::isUnclear)
                                                    || !p.unclear().isEmpty())
                                    .isTrue();
                        });
    }

    @Test
    void everyProblemIsReportedWithFileAndField() throws IOException {
        // given a file with an unknown term, a percentage above 100, a term with neither number nor
        // note, a change on
        // the base, a bad date and no source
        Files.writeString(
                dir.resolve("bad.yaml"),
                """
                id: bad
                name: Bad
                validFrom: 2024-13-01
                validTo: 2026-12-31
                terms:
                  base: {percentage: 101, change: 1}
                  bonus: {change: 1}
                  provenTechnology: {}
                  differentiation: {min: 1, max: 2}
                """);

        // when
        InvalidPolicyException e =
                catchThrowableOfType(
                        InvalidPolicyException.class,
                        () -> ZorgkantoorPolicyReader.readDirectory(dir));

        // then each is named
        assertThat(e.problems())
                .containsExactlyInAnyOrder(
                        "bad.yaml, field validFrom: expected a date such as 2024-01-01, found '2024-13-01'",
                        "bad.yaml, field source: state where the policy comes from (title, verified: true|false)",
                        "bad.yaml, field terms.base.change: not used by this term",
                        "bad.yaml, field terms.base.percentage: is 101; it must be above 0 and at most 100",
                        "bad.yaml, field terms.bonus: unknown term; known terms are [base, newProvider, provenTechnology, agreedMovements,"
                                + " employerSurcharge, vptSurcharge, mptSurcharge, differentiation, essentialFacilities, ceiling]",
                        "bad.yaml, field terms.provenTechnology: has no number; a term the table mentions without one must say so in 'unclear'",
                        "bad.yaml, field terms.differentiation: min must be at most 0 and max at least 0, found 1 .. 2");
    }

    @Test
    void aMissingBaseAndADuplicateIdAreRefused() throws IOException {
        // given two files with the same id, one without a base
        Files.writeString(
                dir.resolve("a.yaml"),
                """
                id: same
                name: A
                validFrom: 2024-01-01
                validTo: 2026-12-31
                source: {title: t, verified: false}
                terms:
                  base: {percentage: 95.5}
                """);
        Files.writeString(
                dir.resolve("b.yaml"),
                """
                id: same
                name: B
                validFrom: 2024-01-01
                validTo: 2026-12-31
                source: {title: t, verified: false}
                terms:
                  ceiling: {percentage: 97.5}
                """);

        // when
        InvalidPolicyException e =
                catchThrowableOfType(
                        InvalidPolicyException.class,
                        () -> ZorgkantoorPolicyReader.readDirectory(dir));

        // then
        assertThat(e.problems())
                .containsExactly(
                        "b.yaml, field terms.base: is required with a percentage (the richttarief, e.g. 95.5)");
        // and with b's base fixed, the duplicate id is named
        Files.writeString(
                dir.resolve("b.yaml"),
                Files.readString(dir.resolve("b.yaml"))
                        .replace("ceiling: {percentage: 97.5}", "base: {percentage: 95.5}"));
        assertThat(
                        catchThrowableOfType(
                                        InvalidPolicyException.class,
                                        () -> ZorgkantoorPolicyReader.readDirectory(dir))
                                .problems())
                .containsExactly("b.yaml, field id: 'same' is used by another file too");
    }
}
