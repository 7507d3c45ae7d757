package nl.tztcheck.rules;

import java.util.List;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.FindingCode;

/**
 * The outcome of one technology line, in cents. For credits {@code claimed} is negative.
 *
 * @param insurer the profile id ("" when none), {@code profileVersion} its version
 */
public record LineResult(
        ClaimLine line,
        LineStatus status,
        String insurer,
        String profileVersion,
        int allowedMinutes,
        long claimed,
        long reimbursable,
        long atRisk,
        long unchecked,
        List<FindingCode> codes) {}
