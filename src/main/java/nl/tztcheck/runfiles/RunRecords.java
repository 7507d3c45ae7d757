package nl.tztcheck.runfiles;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.rules.Correction;

/** The small records of run files besides staged lines: rejects and corrections. */
public final class RunRecords {

    private RunRecords() {}

    public static void writeReject(DataOutputStream out, Reject r) throws IOException {
        out.writeBoolean(true);
        out.writeLong(r.lineNo());
        Bytes.write(out, r.field());
        Bytes.write(out, r.reason());
        Bytes.write(out, r.rawText());
    }

    /** Ends a file of rejects, so a file cut short is told from a complete one. */
    public static void endRejects(DataOutputStream out) throws IOException {
        out.writeBoolean(false);
    }

    /** The next reject, or null at the end; {@code rawText} is "" when none was stored. */
    public static @org.jspecify.annotations.Nullable Reject readReject(DataInputStream in)
            throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        long lineNo = in.readLong();
        String field = Bytes.read(in);
        String reason = Bytes.read(in);
        String raw = Bytes.readNullable(in);
        return new Reject(lineNo, field, reason, raw == null ? "" : raw);
    }

    /** One text of a list of texts (a row can hold two million characters: no 64 KB limit). */
    public static void writeText(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(true);
        Bytes.write(out, text);
    }

    public static void endTexts(DataOutputStream out) throws IOException {
        out.writeBoolean(false);
    }

    /** The next text of a list, or null at its end. */
    public static @org.jspecify.annotations.Nullable String readText(DataInputStream in)
            throws IOException {
        return in.readBoolean() ? Bytes.read(in) : null;
    }

    public static void writeCorrection(DataOutputStream out, String lineId, Correction c)
            throws IOException {
        out.writeBoolean(true);
        Bytes.write(out, lineId);
        out.writeByte(c.kind().ordinal());
        Bytes.write(out, c.otherLineId());
        Bytes.write(out, c.reason());
    }

    public static void endCorrections(DataOutputStream out) throws IOException {
        out.writeBoolean(false);
    }

    /** Reads every correction into {@code into}, keyed by the line id it belongs to. */
    public static void readCorrections(DataInputStream in, java.util.Map<String, Correction> into)
            throws IOException {
        while (in.readBoolean()) {
            String lineId = Bytes.read(in);
            Correction.Kind kind = Correction.Kind.values()[in.readByte()];
            into.put(lineId, new Correction(kind, Bytes.read(in), Bytes.read(in)));
        }
    }
}
