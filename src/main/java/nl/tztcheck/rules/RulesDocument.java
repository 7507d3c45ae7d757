package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;

/** Renders docs/rules.md from the catalogue, so the page cannot drift from the code (a test compares them). */
public final class RulesDocument {

    private RulesDocument() {
    }

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# The rules\n\n")
                .append("Generated from `RuleCatalogue` by `RulesDocumentTests` (after changing a rule: `TZT_WRITE_DOCS=true mvn test -Dtest=RulesDocumentTests`).\n")
                .append("Eligibility rules apply in this order, the first that excludes a line wins: ");
        md.append(String.join(", ", RuleCatalogue.ELIGIBILITY_IN_ORDER.stream().map(r -> "`" + r.code() + "`").toList()))
                .append(".\n\n| code | severity | retourcode | insurer condition | meaning |\n|---|---|---|---|---|\n");
        for (Rule r : RuleCatalogue.all()) {
            FindingCode c = r.code();
            md.append("| [`").append(c).append("`](#").append(c.name().toLowerCase(java.util.Locale.ROOT)).append(") | ")
                    .append(c.severity()).append(" | ").append(c.retourcode().isEmpty() ? "-" : c.retourcode()).append(" | ")
                    .append(r.insurerCondition() ? "yes" : "no").append(" | ").append(r.explanation()).append(" |\n");
        }
        for (Rule r : RuleCatalogue.all()) {
            md.append("\n## ").append(r.code()).append("\n\n").append(r.explanation()).append("\n\n")
                    .append("- Severity: ").append(r.severity()).append(r.code().retourcode().isEmpty() ? ""
                            : ", Vektis retourcode " + r.code().retourcode()).append('\n')
                    .append("- What to do: ").append(r.whatToDo()).append('\n')
                    .append("- Source: ").append(r.nationalSource())
                    .append(r.insurerCondition() ? "; plus the insurer profile's source for its condition" : "").append('\n')
                    .append("- Class: `").append(r.getClass().getSimpleName()).append("`\n");
        }
        return md.toString();
    }
}
