package nl.tztcheck.comparison.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputFormatsTests {

    private static final Table TABLE =
            new Table.Builder("T", "name", "value")
                    .row(Cell.text("=SUM(A1)"), Cell.num("-1.234,56"))
                    .row(
                            Cell.text("a;b \"c\""),
                            Cell.flagged("<script>x</script> | *y*", "source <a> (verified)"))
                    .build();

    @Test
    void csvUsesSemicolonsCrlfQuotesOnlyWhereNeededAndDefusesFormulas() throws IOException {
        // when
        StringWriter w = new StringWriter();
        TableCsv.write(w, TABLE);

        // then a text formula gets an apostrophe, a negative number does not; a cell with ; or " is
        // quoted
        assertThat(w.toString())
                .isEqualTo(
                        "name;value\r\n'=SUM(A1);-1.234,56\r\n\"a;b \"\"c\"\"\";<script>x</script> | *y*\r\n");
    }

    @Test
    void htmlEscapesEveryTextAndMarksFlaggedCellsWithTheirNote() {
        // when
        String html = new HtmlPage("<T>").table(TABLE).render();

        // then
        assertThat(html)
                .doesNotContain("<script>", "<T>")
                .contains("&lt;script&gt;", "<title>&lt;T&gt;</title>")
                .contains("<td class=\"hl\" title=\"source &lt;a&gt; (verified)\">")
                .contains("<span class=\"note\">source &lt;a&gt; (verified)</span>");
    }

    @Test
    void markdownEscapesPipesAndEmphasisAndNumbersEachNoteOnce() {
        // given two flagged cells with the same note
        Table t =
                new Table.Builder("T", "a", "b")
                        .row(Cell.flagged("x", "same"), Cell.flagged("y", "same"))
                        .build();

        // when
        String md = new MarkdownDoc("Doc").table(TABLE).table(t).render();

        // then
        assertThat(md)
                .contains("| **<script>x</script> \\| \\*y\\***[^1] |", "| **x**[^2] | **y**[^2] |")
                .endsWith("[^1]: source <a> (verified)\n[^2]: same\n");
    }

    @Test
    void barChartsScaleToTheLargestValueAndEscapeLabels() {
        // when
        String svg =
                SvgBarChart.render(
                        "Gap",
                        List.of(
                                new SvgBarChart.Bar("A & B", 200, "\u20ac 2,00"),
                                new SvgBarChart.Bar("C", 100, "\u20ac 1,00")));

        // then the largest bar is 420 wide, the other half of it
        assertThat(svg)
                .startsWith("<figure><svg")
                .contains("width=\"420\"", "width=\"210\"", "A &amp; B")
                .doesNotContain("http");
    }
}
