package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.claims.RejectReasons;

/** A line id used twice makes the later row unreadable as a separate line (spec section 1). */
public final class DuplicateLineIds {

    private DuplicateLineIds() {}

    public static Reject reject(ClaimLine line, long firstLineNo, String maskedRawText) {
        return new Reject(
                line.lineNo(), "line_id", reason(line.lineId(), firstLineNo), maskedRawText);
    }

    public static String reason(String lineId, long firstLineNo) {
        return RejectReasons.get(
                "lineId.repeated", "lineId", "'" + lineId + "'", "firstLineNo", firstLineNo);
    }
}
