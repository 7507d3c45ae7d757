package nl.tztcheck.comparison.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The business case's chart: every line on one euro axis, negative amounts below a drawn zero line.
 */
class SvgLineChartTests {

    @Test
    void linesOfDifferentInsurersShareOneAxisWithEuroLabelsAndAZeroLine() {
        // given one insurer from -150.00 to +60.00 and another from -150.00 to -300.00 over two
        // months
        List<SvgLineChart.Series> series =
                List.of(
                        new SvgLineChart.Series("A", List.of(-15000L, -4500L, 6000L)),
                        new SvgLineChart.Series("B", List.of(-15000L, -22500L, -30000L)));

        // when drawn
        String svg = SvgLineChart.render("t", "maand", series, cents -> "\u20ac " + cents / 100);

        // then the axis runs from -300 to +100 in round steps of 50 and is labelled in euros, with
        // 0 drawn darker
        assertThat(SvgLineChart.step(36000)).isEqualTo(5000);
        assertThat(svg)
                .contains(">\u20ac -300<", ">\u20ac 0<", ">\u20ac 100<", "stroke=\"#1a1a1a\"");
        // and both lines start at the same height (the same -150.00 on the shared scale) and end
        // apart
        List<String> a = points(svg, 0);
        List<String> b = points(svg, 1);
        assertThat(a.get(0)).isEqualTo(b.get(0));
        assertThat(a.get(2)).isNotEqualTo(b.get(2));
        // and each line is named in the legend
        assertThat(svg).contains(">A</text>", ">B</text>");
    }

    private static List<String> points(String svg, int n) {
        Matcher m = Pattern.compile("points=\"([^\"]*)\"").matcher(svg);
        for (int i = 0; i <= n; i++) {
            assertThat(m.find()).isTrue();
        }
        return List.of(m.group(1).split(" "));
    }
}
