package nl.tztcheck.runfiles;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.rules.GroupResult;
import nl.tztcheck.rules.LineResult;
import nl.tztcheck.rules.LineStatus;
import org.jspecify.annotations.Nullable;

/**
 * The check's results in output order, one client-month after the other: its line results (by line
 * number) and its findings (as the check made them). Texts that repeat (a rule's source, the
 * insurer) are written once and referred to by number after that.
 */
public final class ResultFile {

    private ResultFile() {}

    /** Appends client-months' results to a file. */
    public static final class Writer implements AutoCloseable {
        private final DataOutputStream out;
        private final Map<String, Integer> known = new HashMap<>();

        public Writer(Path file) throws IOException {
            out =
                    new DataOutputStream(
                            new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        }

        public void write(GroupResult g) throws IOException {
            List<LineResult> lines = new ArrayList<>(g.lines());
            lines.sort(java.util.Comparator.comparingLong(r -> r.line().lineNo()));
            out.writeBoolean(true);
            out.writeInt(lines.size());
            for (LineResult r : lines) {
                new StagedLine(LineKind.TECHNOLOGY, r.line()).write(out);
                out.writeByte(r.status().ordinal());
                repeated(r.insurer());
                repeated(r.profileVersion());
                out.writeInt(r.allowedMinutes());
                out.writeLong(r.claimed());
                out.writeLong(r.reimbursable());
                out.writeLong(r.atRisk());
                out.writeLong(r.unchecked());
                out.writeInt(r.codes().size());
                for (FindingCode c : r.codes()) {
                    out.writeByte(c.ordinal());
                }
            }
            out.writeInt(g.findings().size());
            for (Finding f : g.findings()) {
                Bytes.write(out, f.key());
                out.writeByte(f.code().ordinal());
                Bytes.write(out, f.lineId());
                out.writeLong(f.lineNo());
                Bytes.write(out, f.client());
                repeated(f.uzovi());
                repeated(f.insurer());
                repeated(f.profileVersion());
                out.writeInt(f.month().getYear() * 100 + f.month().getMonthValue());
                out.writeByte(f.technology() == null ? -1 : f.technology().ordinal());
                out.writeInt(f.minutesClaimed());
                out.writeInt(f.minutesAllowed());
                out.writeLong(f.claimedCents());
                out.writeLong(f.reimbursableCents());
                out.writeLong(f.atRiskCents());
                out.writeLong(f.costGapCents());
                out.writeLong(f.underclaimedCents());
                Bytes.write(out, f.message());
                repeated(f.source());
            }
        }

        /** A text seen before as its number; a new one as -1 and the text. */
        private void repeated(String s) throws IOException {
            Integer n = known.get(s);
            if (n != null) {
                out.writeInt(n);
            } else {
                known.put(s, known.size());
                out.writeInt(-1);
                Bytes.write(out, s);
            }
        }

        @Override
        public void close() throws IOException {
            out.writeBoolean(false);
            out.close();
        }
    }

    /** Reads the client-months back in the order they were written. */
    public static final class Reader implements AutoCloseable {
        private final DataInputStream in;
        private final List<String> known = new ArrayList<>();

        public Reader(Path file) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        }

        /** The next client-month, or null after the last. */
        public @Nullable GroupResult next() throws IOException {
            return next(true, true);
        }

        /**
         * The next client-month with only the parts asked for (the others empty): a report that
         * writes the findings in one pass and the lines in another does not decode the texts it
         * does not use.
         */
        public @Nullable GroupResult next(boolean wantLines, boolean wantFindings)
                throws IOException {
            boolean more;
            try {
                more = in.readBoolean();
            } catch (EOFException e) {
                throw new IOException("result file incomplete", e);
            }
            if (!more) {
                return null;
            }
            int n = in.readInt();
            List<LineResult> lines = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                if (!wantLines) {
                    skipLine();
                    continue;
                }
                StagedLine s = StagedLine.read(in);
                LineStatus status = LineStatus.values()[in.readByte()];
                String insurer = repeated();
                String version = repeated();
                int allowed = in.readInt();
                long claimed = in.readLong();
                long reimbursable = in.readLong();
                long atRisk = in.readLong();
                long unchecked = in.readLong();
                int c = in.readInt();
                List<FindingCode> codes = new ArrayList<>(c);
                for (int j = 0; j < c; j++) {
                    codes.add(FindingCode.values()[in.readByte()]);
                }
                lines.add(
                        new LineResult(
                                s.line(),
                                status,
                                insurer,
                                version,
                                allowed,
                                claimed,
                                reimbursable,
                                atRisk,
                                unchecked,
                                List.copyOf(codes)));
            }
            int m = in.readInt();
            List<Finding> findings = new ArrayList<>(m);
            for (int i = 0; i < m; i++) {
                if (!wantFindings) {
                    skipFinding();
                    continue;
                }
                String key = Bytes.read(in);
                FindingCode code = FindingCode.values()[in.readByte()];
                String lineId = Bytes.read(in);
                long lineNo = in.readLong();
                String client = Bytes.read(in);
                String uzovi = repeated();
                String insurer = repeated();
                String version = repeated();
                int month = in.readInt();
                int tech = in.readByte();
                @Nullable Technology technology = tech < 0 ? null : Technology.values()[tech];
                int minutesClaimed = in.readInt();
                int minutesAllowed = in.readInt();
                long claimed = in.readLong();
                long reimbursable = in.readLong();
                long atRisk = in.readLong();
                long costGap = in.readLong();
                long underclaimed = in.readLong();
                String message = Bytes.read(in);
                String source = repeated();
                findings.add(
                        new Finding(
                                key,
                                code,
                                lineId,
                                lineNo,
                                client,
                                uzovi,
                                insurer,
                                version,
                                YearMonth.of(month / 100, month % 100),
                                technology,
                                minutesClaimed,
                                minutesAllowed,
                                claimed,
                                reimbursable,
                                atRisk,
                                costGap,
                                underclaimed,
                                message,
                                source));
            }
            return new GroupResult(lines, findings);
        }

        /** Past one line result without decoding it (repeated texts are still learned). */
        private void skipLine() throws IOException {
            StagedLine.skip(in);
            in.skipNBytes(1); // status
            repeated();
            repeated();
            in.skipNBytes(4 + 8 * 4);
            int c = in.readInt();
            in.skipNBytes(c);
        }

        /** Past one finding without decoding its texts (repeated texts are still learned). */
        private void skipFinding() throws IOException {
            Bytes.skip(in); // key
            in.skipNBytes(1); // code
            Bytes.skip(in); // line id
            in.skipNBytes(8); // line no
            Bytes.skip(in); // client
            repeated();
            repeated();
            repeated();
            in.skipNBytes(4 + 1 + 4 + 4 + 8 * 5);
            Bytes.skip(in); // message
            repeated(); // source
        }

        private String repeated() throws IOException {
            int n = in.readInt();
            if (n >= 0) {
                return known.get(n);
            }
            String s = Bytes.read(in);
            known.add(s);
            return s;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
