package nl.tztcheck.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.ClaimSource;
import nl.tztcheck.claims.ClaimSources;
import nl.tztcheck.claims.Law;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.claims.aw319.TechnologyMapping;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.rules.GroupChecker;
import nl.tztcheck.rules.GroupResult;
import nl.tztcheck.rules.MonthGroup;
import org.jspecify.annotations.Nullable;

/**
 * The benchmark's lower bound: what the check costs with no framework, no database and no output
 * files, on an export in any order. It reads every row with the same reader and parser, groups the
 * technology lines per client, insurer and month, and runs the same rules ({@link GroupChecker}) on
 * every group. It skips what the job adds on top (staging, credit matching, repeated line ids,
 * restartability, writing the reports), so the job can only be slower.
 *
 * <p>Grouping is in memory when the export fits the heap (one bucket). A larger export is grouped
 * by hash partitioning: one pass parses every row and writes the parsed lines, in a compact binary
 * form, to K bucket files by a hash of the client; then each bucket is read back, grouped in memory
 * and checked. A client's groups all land in one bucket, so memory is bounded by a bucket, not by
 * the export.
 */
public final class PlainJavaCheck {

    /** What the lower bound did, to compare with the job's summary. */
    public record Result(
            long linesRead,
            long groups,
            long findings,
            long atRiskCents,
            long nanos,
            int buckets) {}

    /**
     * Bytes of CSV a bucket may hold per byte of heap: a parsed line in memory (a ClaimLine with
     * its strings, list and map entries) takes five to six times its CSV text.
     */
    static final int HEAP_PER_CSV_BYTE = 8;

    private static final byte TECHNOLOGY_LINE = 0;
    private static final byte REGULAR_CARE = 1;

    private PlainJavaCheck() {}

    /** The number of buckets the export needs in this JVM's heap. */
    public static int bucketsFor(Path claims) throws IOException {
        long perBucket = Math.max(1 << 20, Runtime.getRuntime().maxMemory() / HEAP_PER_CSV_BYTE);
        return (int) Math.min(4096, Files.size(claims) / perBucket + 1);
    }

    /**
     * @param buckets 1 to group in memory; more to spill parsed lines into that many files in
     *     spillDir first (removed afterwards)
     */
    public static Result run(
            Path claims, ProfileSet profiles, CostTable costs, int buckets, Path spillDir)
            throws IOException {
        long start = System.nanoTime();
        GroupChecker checker =
                new GroupChecker(profiles, costs, new ClientPseudonymizer(new byte[32]));
        long[] totals = new long[3]; // groups, findings, at risk
        long read;
        if (buckets <= 1) {
            Groups groups = new Groups();
            read = parse(claims, profiles, groups::add, groups::regularCare);
            groups.checkAll(checker, totals);
        } else {
            Files.createDirectories(spillDir);
            Path dir = Files.createTempDirectory(spillDir, "lower-bound-");
            try {
                read = spillAndCheck(claims, profiles, checker, buckets, dir, totals);
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(dir);
            }
        }
        return new Result(
                read, totals[0], totals[1], totals[2], System.nanoTime() - start, buckets);
    }

    private interface LineSink {
        void accept(ClaimLine line) throws IOException;
    }

    private static long parse(
            Path claims, ProfileSet profiles, LineSink technology, LineSink regularCare)
            throws IOException {
        long read = 0;
        try (ClaimSource source = ClaimSources.open(claims, profiles, TechnologyMapping.NONE)) {
            for (RowResult row = source.next(); row != null; row = source.next()) {
                read++;
                if (row instanceof RowResult.Accepted a) {
                    switch (a.kind()) {
                        case TECHNOLOGY -> technology.accept(a.line());
                        case REGULAR_CARE -> regularCare.accept(a.line());
                        case OTHER -> {}
                    }
                }
            }
        }
        return read;
    }

    private static long spillAndCheck(
            Path claims,
            ProfileSet profiles,
            GroupChecker checker,
            int buckets,
            Path dir,
            long[] totals)
            throws IOException {
        DataOutputStream[] out = new DataOutputStream[buckets];
        long read;
        try {
            for (int i = 0; i < buckets; i++) {
                out[i] =
                        new DataOutputStream(
                                new BufferedOutputStream(
                                        Files.newOutputStream(dir.resolve("bucket-" + i)),
                                        1 << 16));
            }
            read =
                    parse(
                            claims,
                            profiles,
                            l -> writeLine(out[bucket(l, buckets)], l),
                            l -> writeRegularCare(out[bucket(l, buckets)], l));
        } finally {
            for (DataOutputStream o : out) {
                if (o != null) {
                    o.close();
                }
            }
        }
        for (int i = 0; i < buckets; i++) {
            Path file = dir.resolve("bucket-" + i);
            Groups groups = new Groups();
            try (DataInputStream in =
                    new DataInputStream(
                            new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                while (true) {
                    int type = in.read();
                    if (type < 0) {
                        break;
                    }
                    if (type == TECHNOLOGY_LINE) {
                        groups.add(readLine(in));
                    } else {
                        groups.regularCare(
                                new GroupKey(
                                        in.readUTF(),
                                        in.readUTF(),
                                        YearMonth.of(in.readInt(), in.readByte())));
                    }
                }
            }
            Files.delete(file);
            groups.checkAll(checker, totals);
        }
        return read;
    }

    private static int bucket(ClaimLine l, int buckets) {
        return Math.floorMod(l.clientId().hashCode(), buckets);
    }

    /** The groups of one bucket (or of the whole export). */
    private static final class Groups {
        private final Map<GroupKey, List<ClaimLine>> lines = new HashMap<>();
        private final Set<GroupKey> regularCare = new HashSet<>();

        void add(ClaimLine l) {
            lines.computeIfAbsent(GroupKey.of(l), k -> new ArrayList<>(8)).add(l);
        }

        void regularCare(ClaimLine l) {
            regularCare(GroupKey.of(l));
        }

        void regularCare(GroupKey key) {
            regularCare.add(key);
        }

        void checkAll(GroupChecker checker, long[] totals) {
            for (Map.Entry<GroupKey, List<ClaimLine>> g : lines.entrySet()) {
                GroupKey k = g.getKey();
                GroupResult result =
                        checker.check(
                                new MonthGroup(
                                        k.client(),
                                        k.uzovi(),
                                        k.month(),
                                        g.getValue(),
                                        Map.of(),
                                        regularCare.contains(k)));
                totals[0]++;
                totals[1] += result.findings().size();
                for (var line : result.lines()) {
                    totals[2] += line.atRisk();
                }
            }
            lines.clear();
            regularCare.clear();
        }
    }

    private record GroupKey(String client, String uzovi, YearMonth month) {
        static GroupKey of(ClaimLine l) {
            return new GroupKey(l.clientId(), l.uzovi(), l.month());
        }
    }

    // ------------------------------------------------------------ the spill format

    private static void writeRegularCare(DataOutputStream out, ClaimLine l) throws IOException {
        out.writeByte(REGULAR_CARE);
        out.writeUTF(l.clientId());
        out.writeUTF(l.uzovi());
        out.writeInt(l.serviceDate().getYear());
        out.writeByte(l.serviceDate().getMonthValue());
    }

    private static void writeLine(DataOutputStream out, ClaimLine l) throws IOException {
        out.writeByte(TECHNOLOGY_LINE);
        out.writeLong(l.lineNo());
        out.writeUTF(l.lineId());
        out.writeUTF(l.clientId());
        writeNullable(out, l.bsn());
        out.writeUTF(l.uzovi());
        out.writeUTF(l.serviceCode());
        out.writeLong(l.serviceDate().toEpochDay());
        out.writeInt(l.minutes());
        out.writeLong(l.hourlyTariff().cents());
        out.writeLong(l.amount().cents());
        out.writeBoolean(l.amountDeclared());
        out.writeByte(l.technology() == null ? -1 : l.technology().ordinal());
        writeNullable(out, l.product());
        out.writeByte(l.law().ordinal());
        out.writeBoolean(l.credit());
        writeNullable(out, l.correctsLineId());
        out.writeBoolean(l.wlzIndication());
        writeNullable(out, l.approvalRef());
    }

    private static ClaimLine readLine(DataInputStream in) throws IOException {
        long lineNo = in.readLong();
        String lineId = in.readUTF();
        String clientId = in.readUTF();
        @Nullable String bsn = readNullable(in);
        String uzovi = in.readUTF();
        String serviceCode = in.readUTF();
        LocalDate date = LocalDate.ofEpochDay(in.readLong());
        int minutes = in.readInt();
        Money tariff = Money.cents(in.readLong());
        Money amount = Money.cents(in.readLong());
        boolean declared = in.readBoolean();
        int tech = in.readByte();
        String product = readNullable(in);
        Law law = Law.values()[in.readByte()];
        boolean credit = in.readBoolean();
        String corrects = readNullable(in);
        boolean wlz = in.readBoolean();
        String approval = readNullable(in);
        return new ClaimLine(
                lineNo,
                lineId,
                clientId,
                bsn,
                uzovi,
                serviceCode,
                date,
                minutes,
                tariff,
                amount,
                declared,
                tech < 0 ? null : Technology.values()[tech],
                product,
                law,
                credit,
                corrects,
                wlz,
                approval);
    }

    private static void writeNullable(DataOutputStream out, @Nullable String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static @Nullable String readNullable(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        try {
            return in.readUTF();
        } catch (EOFException e) {
            throw new IOException("a lower-bound bucket file ends in the middle of a line", e);
        }
    }
}
