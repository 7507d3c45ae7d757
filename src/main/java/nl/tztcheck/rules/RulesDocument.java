package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.i18n.Language;

/**
 * Renders docs/rules.md from the catalogue, so the page cannot drift from the code (a test compares
 * them). In English, with each rule's Dutch texts beside it (what {@code check} writes by default).
 */
public final class RulesDocument {

    private RulesDocument() {}

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# The rules\n\n")
                .append(
                        "Generated from `RuleCatalogue` by `RulesDocumentTests` (after changing a rule: `TZT_WRITE_DOCS=true mvn test -Dtest=RulesDocumentTests`).\n")
                .append(
                        "Eligibility rules apply in this order, the first that excludes a line wins: ");
        md.append(
                        String.join(
                                ", ",
                                RuleCatalogue.ELIGIBILITY_IN_ORDER.stream()
                                        .map(r -> "`" + r.code() + "`")
                                        .toList()))
                .append(".\n")
                .append(
                        "Texts are in `src/main/resources/i18n/rules_en.properties` and `rules_nl.properties`; findings are worded in the run's")
                .append(
                        " language (`check --lang nl|en`, Dutch by default), so each rule's Dutch texts are given too.\n")
                .append(
                        "Sources are cited for what they say: NZa art. 5.7 for the prestatie, its 6.5 h cap, its tariff ceiling and Zvw")
                .append(
                        " only; a condition an insurer adds (approval, same-month care, covered technology, category caps) cites the")
                .append(
                        " contract as its national basis and, on each finding, the insurer profile's own source.\n\n| code | severity | retourcode | insurer condition | meaning |\n|---|---|---|---|---|\n");
        for (Rule r : RuleCatalogue.all()) {
            FindingCode c = r.code();
            md.append("| [`")
                    .append(c)
                    .append("`](#")
                    .append(c.name().toLowerCase(java.util.Locale.ROOT))
                    .append(") | ")
                    .append(c.severity())
                    .append(" | ")
                    .append(c.retourcode().isEmpty() ? "-" : c.retourcode())
                    .append(" | ")
                    .append(r.insurerCondition() ? "yes" : "no")
                    .append(" | ")
                    .append(r.explanation(Language.EN))
                    .append(" |\n");
        }
        for (Rule r : RuleCatalogue.all()) {
            md.append("\n## ")
                    .append(r.code())
                    .append("\n\n")
                    .append(r.explanation(Language.EN))
                    .append("\n\n")
                    .append("- Severity: ")
                    .append(r.severity())
                    .append(
                            r.code().retourcode().isEmpty()
                                    ? ""
                                    : ", Vektis retourcode " + r.code().retourcode())
                    .append('\n')
                    .append("- What to do: ")
                    .append(r.whatToDo(Language.EN))
                    .append('\n')
                    .append("- Nederlands: ")
                    .append(r.explanation(Language.NL))
                    .append(" *Wat te doen:* ")
                    .append(r.whatToDo(Language.NL))
                    .append('\n')
                    .append("- Source: ")
                    .append(r.nationalSource())
                    .append(
                            r.insurerCondition()
                                    ? "; plus the insurer profile's source for its condition"
                                    : "")
                    .append('\n')
                    .append("- Class: `")
                    .append(r.getClass().getSimpleName())
                    .append("`\n");
        }
        return md.toString();
    }
}
