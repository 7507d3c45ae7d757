package nl.tztcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the rule catalogue; this test keeps the two in step. */
class RulesDocumentTests {

    private static final Path DOC = Path.of("docs/rules.md");

    @Test
    void docsRulesMdMatchesTheCatalogue() throws Exception {
        // given the page rendered from the catalogue
        String rendered = RulesDocument.markdown();
        if ("true".equals(System.getenv("TZT_WRITE_DOCS"))) {
            Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
        }

        // then the committed page is the same, and names every rule
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as(
                        "docs/rules.md is stale: run TZT_WRITE_DOCS=true mvn test -Dtest=RulesDocumentTests")
                .isEqualTo(rendered);
        RuleCatalogue.all().forEach(r -> assertThat(rendered).contains("## " + r.code()));
    }
}
