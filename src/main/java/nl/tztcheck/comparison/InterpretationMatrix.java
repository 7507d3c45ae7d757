package nl.tztcheck.comparison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tztcheck.comparison.output.Wording;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.profiles.InsurerProfile;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.profiles.ProfileVersion;
import nl.tztcheck.profiles.Source;
import nl.tztcheck.profiles.Terms;
import nl.tztcheck.profiles.Trust;
import org.jspecify.annotations.Nullable;

/**
 * The interpretation matrix: per dimension of the national rule, how each insurer valid on a date
 * interprets it, which cells deviate from the national rule, and on what source.
 *
 * @param withoutVersion names of insurers that have no version valid on the date (no column)
 * @param profiles the profile set's fingerprint
 */
public record InterpretationMatrix(
        LocalDate date,
        MatrixColumn national,
        List<MatrixColumn> insurers,
        List<String> withoutVersion,
        String profiles) {

    /** The bundle of the matrix and diff pages: {@code i18n/matrix_<nl|en>.properties}. */
    public static final String BUNDLE = "matrix";

    /**
     * Values and sources in the fixed canonical English (what profile sync prints).
     *
     * @throws IllegalArgumentException when no national version is valid on the date
     */
    public static InterpretationMatrix of(ProfileSet profiles, LocalDate date) {
        return of(profiles, date, null);
    }

    /** Values and sources in the reader's language; null for the canonical English. */
    public static InterpretationMatrix of(
            ProfileSet profiles, LocalDate date, @Nullable Language language) {
        ProfileVersion nv =
                profiles.nationalOn(date)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "no version of the national rule is valid on "
                                                        + date
                                                        + "; choose a date within national.yaml's versions"));
        Wording w = language == null ? null : Wording.of(BUNDLE, language);
        Terms base = nv.settings().complete();
        Map<MatrixRow, MatrixCell> nationalCells = new EnumMap<>(MatrixRow.class);
        for (MatrixRow row : MatrixRow.values()) {
            nationalCells.put(
                    row,
                    new MatrixCell(
                            display(row, base, w),
                            row.text(base),
                            false,
                            false,
                            cite(nv.source(), row.dimensions(), w),
                            verifiesAll(nv.source(), row.dimensions()),
                            nv.source().trustOf(row.dimensions())));
        }
        MatrixColumn national =
                new MatrixColumn(
                        profiles.national().id(),
                        profiles.national().name(),
                        nv.version(),
                        nationalCells,
                        nv.trust(),
                        true);
        List<MatrixColumn> columns = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (InsurerProfile insurer : profiles.insurers()) {
            Optional<ProfileVersion> iv = insurer.versionOn(date);
            if (iv.isEmpty()) {
                without.add(insurer.name());
                continue;
            }
            columns.add(column(insurer, iv.get(), nv, national, w));
        }
        return new InterpretationMatrix(
                date, national, List.copyOf(columns), List.copyOf(without), profiles.fingerprint());
    }

    static MatrixColumn column(
            InsurerProfile insurer,
            ProfileVersion iv,
            ProfileVersion nv,
            MatrixColumn national,
            @Nullable Wording w) {
        Terms effective = iv.settings().over(nv.settings());
        Map<MatrixRow, MatrixCell> cells = new EnumMap<>(MatrixRow.class);
        for (MatrixRow row : MatrixRow.values()) {
            cells.put(row, cell(row, iv, nv, effective, national.cell(row).canonical(), w));
        }
        return new MatrixColumn(
                insurer.id(),
                insurer.name(),
                iv.version(),
                cells,
                iv.trust().and(nv.trust()),
                effective.contracted());
    }

    static MatrixCell cell(
            MatrixRow row,
            ProfileVersion iv,
            ProfileVersion nv,
            Terms effective,
            String nationalValue,
            @Nullable Wording w) {
        List<String> set = row.dimensions().stream().filter(d -> iv.settings().sets(d)).toList();
        String canonical = row.text(effective);
        String value = display(row, effective, w);
        boolean deviates = !canonical.equals(nationalValue);
        if (set.isEmpty()) {
            // an insurer that does not contract 1062 has no terms of its own: a value it inherits
            // is the national rule's, not its own
            if (w != null && !effective.contracted() && row != MatrixRow.CONTRACTED) {
                value = w.get("value.nationalOnly", "value", value);
            }
            return new MatrixCell(
                    value,
                    canonical,
                    deviates,
                    false,
                    cite(nv.source(), row.dimensions(), w),
                    verifiesAll(nv.source(), row.dimensions()),
                    nv.source().trustOf(row.dimensions()));
        }
        return new MatrixCell(
                value,
                canonical,
                deviates,
                true,
                cite(iv.source(), set, w),
                verifiesAll(iv.source(), set),
                iv.source().trustOf(set));
    }

    private static String display(MatrixRow row, Terms s, @Nullable Wording w) {
        return w == null ? row.display(s) : row.display(s, w);
    }

    /**
     * "title, section <url> (geverifieerd)": the citation with how far it backs these keys, in the
     * reader's language.
     */
    static String cite(Source source, List<String> dimensions, @Nullable Wording w) {
        if (w == null) {
            return source.cite(dimensions);
        }
        StringBuilder sb = new StringBuilder(source.title());
        if (source.section() != null && !source.section().isBlank()) {
            sb.append(", ").append(source.section());
        }
        if (source.url() != null && !source.url().isBlank()) {
            sb.append(" <").append(source.url()).append('>');
        }
        Trust trust =
                dimensions.isEmpty()
                        ? (source.verified() ? Trust.VERIFIED : Trust.ILLUSTRATIVE)
                        : source.trustOf(dimensions);
        return sb.append(" (").append(w.trust(trust)).append(')').toString();
    }

    private static boolean verifiesAll(Source source, List<String> dimensions) {
        return dimensions.stream().allMatch(source::verifies);
    }

    /** Number of cells that deviate from the national rule. */
    public int deviations() {
        return insurers.stream().mapToInt(c -> c.deviatingRows().size()).sum();
    }
}
