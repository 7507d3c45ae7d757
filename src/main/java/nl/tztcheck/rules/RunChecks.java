package nl.tztcheck.rules;

import java.util.List;
import nl.tztcheck.findings.RunFinding;
import nl.tztcheck.findings.RunFindingCode;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;

/**
 * The checks on a run as a whole, from its line counts: an export that gave nothing to check must
 * not pass as a clean run (a nightly job would never notice a broken upstream export). Every line
 * rejected is {@code ALL_LINES_REJECTED}; otherwise no technology line at all (a header-only file,
 * or only other care) is {@code NO_TECHNOLOGY_LINES}. At most one of the two: all lines rejected
 * also means no technology line, and saying so twice adds nothing. Texts: {@code
 * i18n/runfindings_<nl|en>.properties}.
 */
public final class RunChecks {

    static final String BUNDLE = "runfindings";

    private RunChecks() {}

    public static List<RunFinding> of(LineCounts counts, Language language) {
        Messages texts = Messages.of(BUNDLE, language);
        if (counts.read() > 0 && counts.rejected() == counts.read()) {
            return List.of(
                    new RunFinding(
                            RunFindingCode.ALL_LINES_REJECTED,
                            texts.get(
                                    "ALL_LINES_REJECTED.message",
                                    "read",
                                    count(counts.read(), language))));
        }
        if (counts.technology() == 0) {
            String message =
                    counts.read() == 0
                            ? texts.get("NO_TECHNOLOGY_LINES.empty")
                            : texts.get(
                                    "NO_TECHNOLOGY_LINES.message",
                                    "read",
                                    count(counts.read(), language),
                                    "regular",
                                    count(counts.regularCare(), language),
                                    "other",
                                    count(counts.other(), language),
                                    "rejected",
                                    count(counts.rejected(), language));
            return List.of(new RunFinding(RunFindingCode.NO_TECHNOLOGY_LINES, message));
        }
        return List.of();
    }

    private static String count(long n, Language language) {
        return String.format(language.locale(), "%,d", n);
    }
}
