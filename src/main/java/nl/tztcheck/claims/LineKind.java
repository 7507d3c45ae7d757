package nl.tztcheck.claims;

/** What a line is for the check: the counts in the summary add up over these plus the rejects. */
public enum LineKind {
    TECHNOLOGY,
    REGULAR_CARE,
    OTHER
}
