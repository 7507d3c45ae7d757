package nl.tztcheck.comparison.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The what-if chart: every bar on one scale, so lengths compare across insurers, with an axis in
 * euros.
 */
class SvgStackedChartTests {

    private static final List<SvgStackedChart.Series> SERIES =
            List.of(
                    new SvgStackedChart.Series("Vergoedbaar", "#0b5394"),
                    new SvgStackedChart.Series("Risicobedrag", "#e69138"));

    @Test
    void barsOfDifferentInsurersAreDrawnOnOneScale() {
        // given claimed 918.00 (672.00 + 246.00) at one insurer and 300.00 (300.00 + 0) at another
        List<SvgStackedChart.Bar> bars =
                List.of(
                        new SvgStackedChart.Bar("DSW", List.of(67200L, 24600L), "672"),
                        new SvgStackedChart.Bar("CZ", List.of(30000L, 0L), "300"));

        // when
        String svg = SvgStackedChart.render("t", SERIES, bars, cents -> "\u20ac " + cents / 100);

        // then each segment's width is its value on the shared scale (axis up to 1,000.00 in steps
        // of 200.00: 600 px)
        assertThat(widths(svg)).containsExactly(403L, 148L, 180L);
        // and the axis is labelled in euros from 0 to the rounded maximum
        assertThat(svg).contains(">\u20ac 0<", ">\u20ac 200<", ">\u20ac 1000<");
    }

    @Test
    void theAxisStepIsOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(SvgStackedChart.niceStep(236374)).isEqualTo(50000);
        assertThat(SvgStackedChart.niceStep(91800)).isEqualTo(20000);
        assertThat(SvgStackedChart.niceStep(1)).isEqualTo(1);
    }

    private static List<Long> widths(String svg) {
        Matcher m = Pattern.compile("<rect class=\"bar\"[^>]* width=\"(\\d+)\"").matcher(svg);
        List<Long> w = new ArrayList<>();
        while (m.find()) {
            w.add(Long.parseLong(m.group(1)));
        }
        return w;
    }
}
