package nl.tztcheck.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.tztcheck.i18n.Language;
import org.junit.jupiter.api.Test;

/**
 * A citation keeps the source's title as published and says how far it backs the condition in the
 * run's language.
 */
class SourceCitationTests {

    private final Source vgz =
            new Source(
                    "Inkoopbeleid wijkverpleging 2025",
                    "https://www.vgz.nl/zorgaanbieders",
                    "2025-01-10",
                    "par. 4.2",
                    false,
                    null,
                    Set.of("requiresApproval"),
                    false,
                    Set.of("tariffs"),
                    List.of(new Quote(List.of("requiresApproval"), "toestemming vooraf")));

    @Test
    void theTrustIsWordedInDutchByDefaultAndInEnglishWithEn() {
        // when / then: a dimension the source backs, and one it does not
        assertThat(vgz.cite(List.of("requiresApproval"), Language.NL))
                .isEqualTo(
                        "Inkoopbeleid wijkverpleging 2025, par. 4.2 <https://www.vgz.nl/zorgaanbieders> (geverifieerd)");
        assertThat(vgz.cite(List.of("tariffs"), Language.NL)).endsWith("> (illustratief)");
        assertThat(vgz.cite(List.of("monthlyCapMinutes"), Language.NL))
                .endsWith("> (niet geverifieerd)");
        assertThat(vgz.cite(List.of("requiresApproval"), Language.EN)).endsWith("> (verified)");
        assertThat(vgz.cite(List.of("tariffs"), Language.EN)).endsWith("> (illustrative)");
        assertThat(vgz.cite(List.of("monthlyCapMinutes"), Language.EN)).endsWith("> (unverified)");
        assertThat(vgz.cite(Language.NL))
                .startsWith("Inkoopbeleid wijkverpleging 2025, par. 4.2")
                .endsWith("(niet geverifieerd)");
    }
}
