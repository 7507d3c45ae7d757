package nl.tztcheck.businesscase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A profile set and exports whose regular-care figures are easy to compute by hand, written into a
 * temp directory. National 2024: regular care "1000" and "1001", tariffs V 80.00 / PV 70.00
 * (verified). Insurer {@code alpha} (UZOVI 1111) sets PV 65.00 (illustrative); UZOVI 9999 has no
 * profile.
 */
public final class EffectFixtures {

    public static final String HEADER =
            "line_id;client_id;bsn;insurer_uzovi;service_code;service_date;minutes;hourly_tariff;amount;"
                    + "technology;product;law;debit_credit;corrects_line_id;wlz_indication;approval_ref";

    private static final String ALL =
            "[contracted, monthlyCapMinutes, categoryCapsMinutes, coveredCategories, excludedProducts, tariffs,"
                    + " tariffCeiling, requiresApproval, requiresRegularCareSameMonth, excludesWlzIndication, requiresZvw, technologyCodes,"
                    + " regularCareCodes]";

    private EffectFixtures() {}

    public static Path profiles(Path dir) throws IOException {
        Path p = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(
                p.resolve("national.yaml"),
                """
                id: national
                name: National
                versions:
                  - version: "2024"
                    validFrom: 2024-01-01
                    source: {title: NZa 2024, verified: true, quotes: [{dimensions: %s, quote: "test source text"}]}
                    contracted: true
                    monthlyCapMinutes: 390
                    categoryCapsMinutes: {}
                    coveredCategories: [MEDICATION, VIDEO, OTHER]
                    excludedProducts: []
                    tariffs: {V: 80.00, PV: 70.00}
                    tariffCeiling: {basis: PV}
                    requiresApproval: false
                    requiresRegularCareSameMonth: false
                    excludesWlzIndication: true
                    requiresZvw: true
                    technologyCodes: ["1062"]
                    regularCareCodes: ["1000", "1001"]
                """
                        .formatted(ALL),
                StandardCharsets.UTF_8);
        Files.writeString(
                p.resolve("alpha.yaml"),
                """
                id: alpha
                name: Alpha
                labels: [{uzovi: "1111", name: Alpha, verified: false}]
                versions:
                  - version: "2024"
                    validFrom: 2024-01-01
                    source: {title: Alpha doc, verified: false, illustrative: true}
                    tariffs: {PV: 65.00}
                """,
                StandardCharsets.UTF_8);
        return p;
    }

    /** The export's lines, header first. */
    public static Path export(Path dir, List<String> lines) throws IOException {
        Path f = dir.resolve("claims.csv");
        Files.writeString(
                f, HEADER + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    /**
     * One client at Alpha (1111): regular minutes in January to April 2024 as given (two lines a
     * month, codes 1000 and 1001, split in halves), and its first 1062 line (MEDICATION) on the 5th
     * of {@code startMonth} (1 to 4).
     */
    public static List<String> client(String id, int startMonth, int... regularPerMonth) {
        List<String> lines = new java.util.ArrayList<>();
        for (int m = 0; m < regularPerMonth.length; m++) {
            int half = regularPerMonth[m] / 2;
            lines.add(line(id + "-R" + m + "a", id, "1000", m + 1, half, ""));
            lines.add(line(id + "-R" + m + "b", id, "1001", m + 1, regularPerMonth[m] - half, ""));
        }
        lines.add(line(id + "-T", id, "1062", startMonth, 60, "MEDICATION"));
        return lines;
    }

    static String line(
            String lineId, String client, String code, int month, int minutes, String technology) {
        return lineId
                + ";"
                + client
                + ";;1111;"
                + code
                + ";2024-0"
                + month
                + "-05;"
                + minutes
                + ";65,00;;"
                + technology
                + ";;ZVW;D;;N;";
    }

    /** {@code count} clients with the same pattern, ids {@code prefix}01.. */
    public static List<String> clients(
            String prefix, int count, int startMonth, int... regularPerMonth) {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.addAll(client(prefix + String.format("%02d", i), startMonth, regularPerMonth));
        }
        return lines;
    }
}
