package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.findings.Severity;

/**
 * One rule of the catalogue, CDISC style: a stable id, its national source, and whether an
 * insurer's own condition is what it applies (then the finding also cites the insurer's document).
 */
public interface Rule {

    FindingCode code();

    /** The national authority behind the rule, e.g. the NZa regulation article. */
    String nationalSource();

    /** Plain explanation for a finance employee: what the rule means. */
    String explanation();

    /** What staff can do about a line with this finding. */
    String whatToDo();

    /** True when an insurer profile's condition decides the outcome. */
    boolean insurerCondition();

    /** The profile dimensions whose values decide this rule; their provenance is cited on findings. */
    default java.util.List<String> dimensions() {
        return java.util.List.of();
    }

    /** The line's (or client-month's) specific message: what happened, with figures. */
    String message(RuleContext context);

    default Severity severity() {
        return code().severity();
    }
}
