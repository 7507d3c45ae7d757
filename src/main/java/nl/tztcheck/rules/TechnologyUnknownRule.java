package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;

/** A line of unknown technology where the insurer caps technology categories. */
public final class TechnologyUnknownRule implements Rule {

    @Override
    public FindingCode code() {
        return FindingCode.TECHNOLOGY_UNKNOWN;
    }

    @Override
    public String nationalSource() {
        return "Vektis AW319 carries no technology type; tzt-check convention: comment record 98 'TZT=<category>' or a client mapping file";
    }

    @Override
    public String explanation() {
        return "The declaration does not say which technology the line is, while the insurer caps technology categories;"
                + " the line was counted against the monthly cap only, so a category cap may still cut it.";
    }

    @Override
    public String whatToDo() {
        return "Add a comment record 98 'TZT=MEDICATION' (or VIDEO, OTHER) under the line, or list the client in the technology mapping file.";
    }

    @Override
    public java.util.List<String> dimensions() {
        return java.util.List.of("categoryCapsMinutes");
    }

    @Override
    public boolean insurerCondition() {
        return true;
    }

    @Override
    public String message(RuleContext c) {
        return "Line " + c.line().lineId() + " has no technology type, but " + c.insurer()
                + " caps technology per category; it was checked against the monthly cap only. " + whatToDo();
    }
}
