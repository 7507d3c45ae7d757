package nl.tztcheck.claims.aw319;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.tztcheck.claims.LineClassifier;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.RowResult;

/**
 * A small valid AW319 file written by hand from the official positions, and helpers to break it.
 * Positions in here are copied from aw319-v1.4-record-layout.csv, not taken from Aw319Field.
 */
final class Aw319Fixtures {

    /** 1062 is technology, 1000 and 1001 regular care, anything else other. */
    static final LineClassifier CLASSIFIER =
            (code, uzovi, date) ->
                    switch (code) {
                        case "1062" -> LineKind.TECHNOLOGY;
                        case "1000", "1001" -> LineKind.REGULAR_CARE;
                        default -> LineKind.OTHER;
                    };

    private Aw319Fixtures() {}

    /** 310 spaces with the record type in positions 1-2. */
    static String blank(String type) {
        return type + " ".repeat(308);
    }

    /** The record with {@code value} written from 1-based position {@code start} on. */
    static String put(String record, int start, String value) {
        return record.substring(0, start - 1)
                + value
                + record.substring(start - 1 + value.length());
    }

    static String header() {
        String r = blank("01");
        r = put(r, 3, "428"); // 0102
        r = put(r, 6, "01"); // 0103
        r = put(r, 8, "04"); // 0104
        r = put(r, 10, "T"); // 0105
        r = put(r, 11, "000000"); // 0106
        r = put(r, 27, "9664"); // 0108
        r = put(r, 31, "00000000"); // 0109
        r = put(r, 39, "00000000"); // 0110
        r = put(r, 47, "00000000"); // 0111
        r = put(r, 55, "12345678"); // 0112
        r = put(r, 63, "04"); // 0113
        r = put(r, 65, "20240301"); // 0114
        r = put(r, 73, "20240331"); // 0115
        r = put(r, 81, "INV-1"); // 0116
        r = put(r, 93, "20240401"); // 0117
        return put(r, 115, "EUR"); // 0119
    }

    static String insured(String id, String bsn, String uzovi, String patientNo) {
        String r = blank("02");
        r = put(r, 3, id); // 0202
        r = put(r, 15, bsn); // 0203
        r = put(r, 24, uzovi); // 0204
        r = put(r, 43, patientNo); // 0206
        r = put(r, 54, "19450101"); // 0207
        r = put(r, 62, "2"); // 0208
        r = put(r, 63, "1"); // 0209
        r = put(r, 64, "JANSEN"); // 0210
        r = put(r, 99, "0"); // 0212
        r = put(r, 135, "J"); // 0215
        r = put(r, 141, "0"); // 0216
        r = put(r, 157, "00000"); // 0219
        r = put(r, 181, "2"); // 0223
        return put(r, 182, "0000"); // 0224
    }

    /** A 04 record; amounts in eurocents, already zero-padded to 8 positions. */
    static String prestatie(
            String id,
            String date,
            String code,
            String quantity,
            String unit,
            String tariff,
            String calculated,
            String declared,
            String dc,
            String ref,
            String previousRef,
            String approval) {
        String r = blank("04");
        r = put(r, 3, id); // 0402
        r = put(r, 15, "326018153"); // 0403
        r = put(r, 24, "9664"); // 0404
        r = put(r, 43, approval); // 0406
        r = put(r, 58, "1"); // 0407
        r = put(r, 59, "0000"); // 0408
        r = put(r, 83, "000000000"); // 0410
        r = put(r, 92, "000000000"); // 0411
        r = put(r, 101, "00"); // 0412
        r = put(r, 103, "000"); // 0413
        r = put(r, 106, date); // 0414
        r = put(r, 114, date); // 0415
        r = put(r, 122, "065"); // 0416
        r = put(r, 125, code); // 0417
        r = put(r, 130, quantity); // 0418
        r = put(r, 134, unit); // 0419
        r = put(r, 136, "12345678"); // 0420
        r = put(r, 144, "0000"); // 0421
        r = put(r, 148, "00000000"); // 0422
        r = put(r, 156, "0000"); // 0423
        r = put(r, 160, "00000"); // 0424
        r = put(r, 165, tariff); // 0425
        r = put(r, 173, calculated); // 0426
        r = put(r, 181, dc); // 0427
        r = put(r, 182, "0000"); // 0428
        r = put(r, 186, declared); // 0429
        r = put(r, 194, dc); // 0430
        r = put(r, 195, ref); // 0431
        return put(r, 215, previousRef); // 0432
    }

    static String comment(String id, String lineNo, String text) {
        String r = blank("98");
        r = put(r, 3, id); // 9802
        r = put(r, 15, lineNo); // 9803
        return put(r, 19, text); // 9804
    }

    static String trailer(
            String insured,
            String prestaties,
            String comments,
            String details,
            String total,
            String dc) {
        String r = blank("99");
        r = put(r, 3, insured); // 9902
        r = put(r, 9, "000000"); // 9903
        r = put(r, 15, prestaties); // 9904
        r = put(r, 21, comments); // 9905
        r = put(r, 27, details); // 9906
        r = put(r, 34, total); // 9907
        return put(r, 45, dc); // 9908
    }

    /**
     * A valid file of 8 records: header; one insured person (patient number CL000101); L003, 90
     * minutes of 1062 per minute at 1.17 (105.30) with TZT=MEDICATION;product=Medido; L004, 2 hours
     * of 1062 at 65.00 (130.00) with TZT=BEELDZORG; L005, a credit of 12 five-minute units at 5.42
     * (65.04) reversing L2402-117, without comment; trailer: 1, 3, 2, 6 records, total 105.30 +
     * 130.00 - 65.04 = 170.26 debit.
     */
    static List<String> validRecords() {
        List<String> records = new ArrayList<>();
        records.add(header());
        records.add(insured("000000000001", "326018153", "9664", "CL000101"));
        records.add(
                prestatie(
                        "000000000002",
                        "20240301",
                        "1062",
                        "0090",
                        "01",
                        "00000117",
                        "00010530",
                        "00010530",
                        "D",
                        "L003",
                        "",
                        "ZK-TZT-1"));
        records.add(comment("000000000003", "0001", "TZT=MEDICATION;product=Medido"));
        records.add(
                prestatie(
                        "000000000004",
                        "20240310",
                        "1062",
                        "0002",
                        "04",
                        "00006500",
                        "00013000",
                        "00013000",
                        "D",
                        "L004",
                        "",
                        ""));
        records.add(comment("000000000005", "0001", "TZT=BEELDZORG"));
        records.add(
                prestatie(
                        "000000000006",
                        "20240315",
                        "1062",
                        "0012",
                        "07",
                        "00000542",
                        "00006504",
                        "00006504",
                        "C",
                        "L005",
                        "L2402-117",
                        ""));
        records.add(trailer("000001", "000003", "000002", "0000006", "00000017026", "D"));
        return records;
    }

    /** The records joined with CR/LF after each, as Vektis requires. */
    static String text(List<String> records) {
        StringBuilder sb = new StringBuilder();
        for (String r : records) {
            sb.append(r).append("\r\n");
        }
        return sb.toString();
    }

    static Path file(Path dir, String name, List<String> records) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text(records), StandardCharsets.ISO_8859_1);
        return file;
    }

    static List<StructuralProblem> validate(List<String> records) {
        return inEnglish(Aw319Validator.validate(new StringReader(text(records))));
    }

    static List<StructuralProblem> validate(String text) {
        return inEnglish(Aw319Validator.validate(new StringReader(text)));
    }

    /**
     * The problems with their messages worded in English, to compare with problems written out in a
     * test.
     */
    static List<StructuralProblem> inEnglish(List<StructuralProblem> found) {
        return found.stream()
                .map(
                        p ->
                                new StructuralProblem(
                                        p.recordNo(),
                                        p.position(),
                                        p.field(),
                                        p.retourcode(),
                                        p.message()))
                .toList();
    }

    /**
     * Every row of an AW319 text, read without the structural check (to reach the per-line
     * rejects).
     */
    static List<RowResult> readUnvalidated(List<String> records, TechnologyMapping mapping)
            throws IOException {
        List<RowResult> rows = new ArrayList<>();
        try (Aw319File file =
                Aw319File.unvalidated(
                        "test.asc", new StringReader(text(records)), CLASSIFIER, mapping)) {
            for (RowResult r = file.next(); r != null; r = file.next()) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** Replaces record {@code index} (0-based) of a copy of the records. */
    static List<String> with(List<String> records, int index, String record) {
        List<String> copy = new ArrayList<>(records);
        copy.set(index, record);
        return copy;
    }
}
