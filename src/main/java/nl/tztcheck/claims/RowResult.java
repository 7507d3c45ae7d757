package nl.tztcheck.claims;

/** A row of the export after reading: a claim line with its kind, or a reject. */
public sealed interface RowResult {

    long lineNo();

    record Accepted(ClaimLine line, LineKind kind) implements RowResult {
        @Override
        public long lineNo() {
            return line.lineNo();
        }
    }

    record Rejected(Reject reject) implements RowResult {
        @Override
        public long lineNo() {
            return reject.lineNo();
        }
    }
}
