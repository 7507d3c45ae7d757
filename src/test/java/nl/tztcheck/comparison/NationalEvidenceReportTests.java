package nl.tztcheck.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.tztcheck.comparison.report.AggregateReport;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.i18n.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The done-when check of issue 13: three generated providers (different seeds and sizes), each
 * checked with its own key, their evidence aggregated: no cell that was suppressed is shown as 0,
 * in the table, the CSV or a chart, and the totals agree with their rows.
 */
class NationalEvidenceReportTests {

    @TempDir Path dir;

    private final List<ProviderEvidence> parts = new ArrayList<>();
    private NationalEvidence national;

    @BeforeEach
    void threeProviders() throws IOException {
        int[][] providers = {{1, 120}, {2, 250}, {3, 400}};
        for (int[] p : providers) {
            ClientPseudonymizer own =
                    new ClientPseudonymizer(
                            ("provider-key-number-" + p[0]).getBytes(StandardCharsets.UTF_8));
            var outcome = EvidenceSamples.check(EvidenceSamples.export(dir, p[0], p[1]), own);
            Path file =
                    Files.writeString(
                            dir.resolve("evidence-" + p[0] + ".json"),
                            EvidenceSamples.json(
                                    EvidenceSamples.evidence(
                                            outcome, own, p[0] == 2 ? "Thuiszorg Twee" : null)));
            parts.add(EvidenceReader.read(file));
        }
        national = EvidenceAggregator.aggregate(parts);
    }

    @Test
    void aCellSuppressedAtEveryProviderIsShownAsSuppressedNeverAsZero() throws IOException {
        // when
        AggregateReport.write(dir.resolve("out"), national, Language.NL);
        String html = Files.readString(dir.resolve("out/" + AggregateReport.HTML));
        List<String[]> csv = csv(dir.resolve("out/" + AggregateReport.CSV));

        // then every (insurer, code) that no provider published is there, and says "< 10", not a
        // figure
        Map<String, String> onlySuppressed = onlySuppressedCodes();
        assertThat(onlySuppressed)
                .as(
                        "the three providers must suppress something everywhere for this test to mean anything")
                .hasSizeGreaterThan(3);
        onlySuppressed.forEach(
                (insurer, code) -> {
                    String[] row =
                            csv.stream()
                                    .filter(r -> r[0].equals(insurer) && r[3].equals(code))
                                    .findFirst()
                                    .orElseThrow();
                    assertThat(row[8]).as(insurer + " " + code).isEqualTo("suppressed");
                    assertThat(Arrays.copyOfRange(row, 9, 15))
                            .as(insurer + " " + code)
                            .containsExactly("<10", "", "", "", "", "");
                    String tr = htmlRow(html, code, name(insurer));
                    assertThat(tr)
                            .as(insurer + " " + code)
                            .contains("class=\"num sup\"", "&lt; 10")
                            .doesNotContain("\u20ac 0,00", ">0<");
                });
        // and no suppressed cell anywhere in the CSV carries a number
        assertThat(csv)
                .filteredOn(r -> r[8].equals("suppressed"))
                .allSatisfy(r -> assertThat(r[12]).isEmpty());
        // and the chart of client-months marks a dimension no provider published as suppressed, not
        // as a bar of 0
        assertThat(html).doesNotContain("0 cliëntmaanden<");
        // and it is Dutch by default, with the trust of the conditions next to the figures
        assertThat(html)
                .contains(
                        "<html lang=\"nl\"",
                        "Landelijk bewijs",
                        "illustratief",
                        "Gebruikte profielsets",
                        EvidenceSamples.SHIPPED.fingerprint());
    }

    @Test
    void totalsAgreeWithTheirRows() throws IOException {
        // when
        AggregateReport.write(dir.resolve("out"), national, Language.EN);
        List<String[]> csv = csv(dir.resolve("out/" + AggregateReport.CSV));

        // then per insurer the cost gap total is the COST_GAP row, and its technologies add up to
        // no more than it: exactly
        // when none of them was suppressed anywhere (the DSW bug: a total of 0.00 beside a row of
        // 1,149.00)
        for (InsurerAggregate i : national.insurers()) {
            if (i.providers() == 0 || i.costGap().onlySuppressed()) {
                continue;
            }
            long techs = i.costGaps().values().stream().mapToLong(d -> d.total().cents()).sum();
            boolean techSuppressed =
                    i.costGaps().values().stream().anyMatch(d -> d.suppressedProviders() > 0);
            String[] row =
                    csv.stream()
                            .filter(r -> r[0].equals(i.insurer()) && r[3].equals("COST_GAP"))
                            .findFirst()
                            .orElseThrow();
            assertThat(Long.parseLong(row[12]))
                    .as(i.insurer())
                    .isEqualTo(i.costGap().total().cents());
            if (techSuppressed) {
                assertThat(techs).as(i.insurer()).isLessThanOrEqualTo(i.costGap().total().cents());
            } else {
                assertThat(techs).as(i.insurer()).isEqualTo(i.costGap().total().cents());
            }
            // and at risk splits into insurer conditions and provider side, exactly when no cause
            // was suppressed
            long causes =
                    i.cause(EvidenceGroup.INSURER_CONDITIONS).total().cents()
                            + i.cause(EvidenceGroup.PROVIDER_SIDE).total().cents();
            if (i.causes().values().stream().allMatch(d -> d.suppressedProviders() == 0)) {
                assertThat(causes).as(i.insurer()).isEqualTo(i.figures().atRiskCents());
            }
            // and the overlap is part of the cost gap, not added to at risk
            assertThat(i.costGap().total().overlapCents())
                    .isBetween(
                            0L, Math.min(i.costGap().total().cents(), i.figures().atRiskCents()));
        }
        // and COST_GAP is its own dimension, provider-side codes apart from the insurer's
        // conditions
        assertThat(csv)
                .filteredOn(r -> r[3].equals("COST_GAP"))
                .allSatisfy(r -> assertThat(r[2]).isEqualTo("cost_gap"));
        assertThat(csv)
                .filteredOn(r -> r[3].equals("DUPLICATE_LINE") || r[3].equals("INVALID_BSN"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r[2]).isEqualTo("provider_side"));
        assertThat(csv)
                .filteredOn(r -> r[3].equals("TARIFF_ABOVE_CEILING"))
                .allSatisfy(r -> assertThat(r[2]).isEqualTo("insurer_conditions"));
        assertThat(Files.readString(dir.resolve("out/" + AggregateReport.HTML)))
                .contains(
                        "<html lang=\"en\"",
                        "National evidence",
                        "Cost gap on top of at risk",
                        "Provider side: data quality and administration");
    }

    /**
     * insurer id -> a finding code whose cell every provider that has it suppressed (the last one
     * found per insurer).
     */
    private Map<String, String> onlySuppressedCodes() {
        Map<String, String> found = new TreeMap<>();
        for (InsurerAggregate a : national.insurers()) {
            for (Map.Entry<FindingCode, DimensionAggregate> e : a.findings().entrySet()) {
                if (e.getValue().onlySuppressed()) {
                    found.put(a.insurer(), e.getKey().name());
                }
            }
        }
        return found;
    }

    private String name(String insurer) {
        return national.insurers().stream()
                .filter(i -> i.insurer().equals(insurer))
                .findFirst()
                .orElseThrow()
                .name();
    }

    /**
     * The HTML table row of a code and insurer in the dimension or provider-side table (COST_GAP:
     * the cost-gap total row).
     */
    private static String htmlRow(String html, String code, String insurerName) {
        Matcher m =
                Pattern.compile(
                                "<tr><th scope=\"row\">"
                                        + Pattern.quote(nl.tztcheck.reports.Html.esc(insurerName))
                                        + "</th>(?:(?!</tr>).)*<td(?: class=\"hl\")?>(?:[^<(]*\\()?"
                                        + Pattern.quote(code)
                                        + "\\)?</td>(?:(?!</tr>).)*</tr>")
                        .matcher(html);
        assertThat(m.find()).as(insurerName + " " + code).isTrue();
        return m.group();
    }

    private static List<String[]> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().map(l -> l.split(";", -1)).toList();
    }
}
