package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.findings.Severity;
import nl.tztcheck.i18n.Language;

/**
 * One rule of the catalogue, CDISC style: a stable id, its national source, and whether an
 * insurer's own condition is what it applies (then the finding also cites the insurer's document).
 * Its words are in {@code i18n/rules_<nl|en>.properties} under its code ({@link RuleTexts}); the
 * rule itself names the figures its message needs.
 */
public interface Rule {

    FindingCode code();

    /**
     * The national authority behind the rule, e.g. the NZa regulation article (a citation: not
     * translated).
     */
    String nationalSource();

    /** True when an insurer profile's condition decides the outcome. */
    boolean insurerCondition();

    /**
     * The profile dimensions whose values decide this rule; their provenance is cited on findings.
     */
    default java.util.List<String> dimensions() {
        return java.util.List.of();
    }

    /**
     * The named figures of this rule's message ({@code <CODE>.message}) for this line or
     * client-month, as name/value pairs formatted in the language of {@code texts}.
     */
    Object[] figures(RuleContext context, RuleTexts texts);

    /** Plain explanation for a finance employee: what the rule means. */
    default String explanation(Language language) {
        return RuleTexts.explanation(code(), language);
    }

    /** What staff can do about a line with this finding. */
    default String whatToDo(Language language) {
        return RuleTexts.whatToDo(code(), language);
    }

    /**
     * The line's (or client-month's) specific message: what happened, with figures, then what to
     * do.
     */
    default String message(RuleContext context, Language language) {
        RuleTexts texts = RuleTexts.of(language);
        return texts.text(code(), "message", figures(context, texts)) + " " + whatToDo(language);
    }

    default Severity severity() {
        return code().severity();
    }
}
