package nl.tztcheck.runfiles;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Law;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * An accepted line as staged: its kind and the line with identifiers already taken out (the client
 * number replaced by the client's staging key, see {@code ClientPseudonymizer.stagingKey}).
 */
public record StagedLine(LineKind kind, ClaimLine line) {

    /**
     * The order of the outputs: insurer code, month, client (the staging key, whose first digits
     * are the pseudonym, so this is also pseudonym order), line number.
     */
    public static final Comparator<StagedLine> OUTPUT_ORDER = StagedLine::compare;

    // written out rather than composed from Comparator.comparing: sorting a million lines spent
    // most of its time in the composed lambdas
    private static int compare(StagedLine a, StagedLine b) {
        ClaimLine x = a.line;
        ClaimLine y = b.line;
        int c = x.uzovi().compareTo(y.uzovi());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.monthKey(), b.monthKey());
        if (c != 0) {
            return c;
        }
        c = x.clientId().compareTo(y.clientId());
        return c != 0 ? c : Long.compare(x.lineNo(), y.lineNo());
    }

    /** yyyymm of the service date. */
    public int monthKey() {
        LocalDate d = line.serviceDate();
        return d.getYear() * 100 + d.getMonthValue();
    }

    /** True when both lie in the same client-month at the same insurer. */
    public boolean sameGroup(StagedLine other) {
        return monthKey() == other.monthKey()
                && line.clientId().equals(other.line().clientId())
                && line.uzovi().equals(other.line().uzovi());
    }

    public void write(DataOutputStream out) throws IOException {
        ClaimLine l = line;
        out.writeByte(kind.ordinal());
        out.writeLong(l.lineNo());
        Bytes.write(out, l.lineId());
        Bytes.write(out, l.clientId());
        Bytes.write(out, l.bsn());
        Bytes.write(out, l.uzovi());
        Bytes.write(out, l.serviceCode());
        out.writeLong(l.serviceDate().toEpochDay());
        out.writeInt(l.minutes());
        out.writeLong(l.hourlyTariff().cents());
        out.writeLong(l.amount().cents());
        out.writeBoolean(l.amountDeclared());
        out.writeByte(l.technology() == null ? -1 : l.technology().ordinal());
        Bytes.write(out, l.product());
        out.writeByte(l.law().ordinal());
        out.writeBoolean(l.credit());
        Bytes.write(out, l.correctsLineId());
        out.writeBoolean(l.wlzIndication());
        Bytes.write(out, l.approvalRef());
    }

    /** Past one line without decoding it (the fields of {@link #write}, in order). */
    static void skip(DataInputStream in) throws IOException {
        in.skipNBytes(1 + 8);
        Bytes.skip(in); // line id
        Bytes.skip(in); // client
        Bytes.skip(in); // bsn
        Bytes.skip(in); // uzovi
        Bytes.skip(in); // service code
        in.skipNBytes(8 + 4 + 8 + 8 + 1 + 1);
        Bytes.skip(in); // product
        in.skipNBytes(1 + 1);
        Bytes.skip(in); // corrects
        in.skipNBytes(1);
        Bytes.skip(in); // approval
    }

    public static StagedLine read(DataInputStream in) throws IOException {
        LineKind kind = LineKind.values()[in.readByte()];
        long lineNo = in.readLong();
        String lineId = Bytes.read(in);
        String client = Bytes.read(in);
        String bsn = Bytes.readNullable(in);
        String uzovi = Bytes.read(in);
        String code = Bytes.read(in);
        LocalDate date = LocalDate.ofEpochDay(in.readLong());
        int minutes = in.readInt();
        Money tariff = Money.cents(in.readLong());
        Money amount = Money.cents(in.readLong());
        boolean declared = in.readBoolean();
        int tech = in.readByte();
        @Nullable Technology technology = tech < 0 ? null : Technology.values()[tech];
        String product = Bytes.readNullable(in);
        Law law = Law.values()[in.readByte()];
        boolean credit = in.readBoolean();
        String corrects = Bytes.readNullable(in);
        boolean wlz = in.readBoolean();
        String approval = Bytes.readNullable(in);
        return new StagedLine(
                kind,
                new ClaimLine(
                        lineNo,
                        lineId,
                        client,
                        bsn,
                        uzovi,
                        code,
                        date,
                        minutes,
                        tariff,
                        amount,
                        declared,
                        technology,
                        product,
                        law,
                        credit,
                        corrects,
                        wlz,
                        approval));
    }
}
