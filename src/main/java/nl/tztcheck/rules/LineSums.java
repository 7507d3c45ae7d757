package nl.tztcheck.rules;

import java.util.List;

/**
 * The figures of several line results added up, for a finding about them together (a cost gap names
 * the minutes and money of its category's lines). Plain sums: each line's figures were already
 * rounded at line level (spec 3.6).
 */
record LineSums(int minutes, int allowedMinutes, long claimed, long reimbursable, long atRisk) {

    static LineSums of(List<LineResult> results) {
        int minutes = 0;
        int allowed = 0;
        long claimed = 0;
        long reimbursable = 0;
        long atRisk = 0;
        for (LineResult r : results) {
            minutes += r.line().minutes();
            allowed += r.allowedMinutes();
            claimed += r.claimed();
            reimbursable += r.reimbursable();
            atRisk += r.atRisk();
        }
        return new LineSums(minutes, allowed, claimed, reimbursable, atRisk);
    }
}
