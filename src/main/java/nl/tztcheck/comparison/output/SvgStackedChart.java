package nl.tztcheck.comparison.output;

import static nl.tztcheck.comparison.output.Texts.html;

import java.util.List;
import java.util.function.LongFunction;

/**
 * Horizontal stacked bars as inline SVG, all on one scale with an axis (ticks labelled in euros):
 * bars of different insurers can be compared by length. Each bar's segments are drawn left to
 * right; the text beside a bar is given by the caller.
 */
public final class SvgStackedChart {

    /** One kind of segment: its name in the legend and its colour. */
    public record Series(String name, String colour) {}

    /** One bar: its label, one value (cents) per series, and the text beside it. */
    public record Bar(String label, List<Long> values, String valueText) {}

    private static final int LABEL_WIDTH = 300;
    private static final int BAR_AREA = 600;
    private static final int TEXT_WIDTH = 260;
    private static final int ROW = 28;
    private static final int TOP = 48;

    private SvgStackedChart() {}

    public static String render(
            String title, List<Series> series, List<Bar> bars, LongFunction<String> axisText) {
        long max =
                Math.max(
                        1,
                        bars.stream()
                                .mapToLong(
                                        b ->
                                                b.values().stream()
                                                        .mapToLong(v -> Math.max(0, v))
                                                        .sum())
                                .max()
                                .orElse(1));
        long step = niceStep(max);
        long axisMax = ((max + step - 1) / step) * step;
        int width = LABEL_WIDTH + BAR_AREA + TEXT_WIDTH;
        int axisY = TOP + ROW * bars.size() + 4;
        int height = axisY + 40;
        StringBuilder s = new StringBuilder();
        s.append("<figure><svg class=\"chart\" role=\"img\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" font-family=\"system-ui,Arial,sans-serif\" font-size=\"13\"><title>")
                .append(html(title))
                .append("</title><text x=\"0\" y=\"16\" font-weight=\"600\">")
                .append(html(title))
                .append("</text>");
        int lx = 0;
        for (Series se : series) {
            s.append("<rect x=\"")
                    .append(lx)
                    .append("\" y=\"26\" width=\"12\" height=\"12\" fill=\"")
                    .append(se.colour())
                    .append("\"/>")
                    .append("<text x=\"")
                    .append(lx + 16)
                    .append("\" y=\"37\">")
                    .append(html(se.name()))
                    .append("</text>");
            lx += 28 + 8 * se.name().length();
        }
        for (long tick = 0; tick <= axisMax; tick += step) {
            long x = LABEL_WIDTH + Math.round((double) tick * BAR_AREA / axisMax);
            s.append("<line x1=\"")
                    .append(x)
                    .append("\" y1=\"")
                    .append(TOP)
                    .append("\" x2=\"")
                    .append(x)
                    .append("\" y2=\"")
                    .append(axisY)
                    .append("\" stroke=\"#d0d7de\"/>")
                    .append("<text class=\"tick\" x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(axisY + 16)
                    .append("\" text-anchor=\"middle\" font-size=\"11\">")
                    .append(html(axisText.apply(tick)))
                    .append("</text>");
        }
        int y = TOP;
        for (Bar b : bars) {
            s.append("<text x=\"")
                    .append(LABEL_WIDTH - 8)
                    .append("\" y=\"")
                    .append(y + 17)
                    .append("\" text-anchor=\"end\">")
                    .append(html(b.label()))
                    .append("</text>");
            long x = LABEL_WIDTH;
            for (int i = 0; i < b.values().size() && i < series.size(); i++) {
                long len = Math.round((double) Math.max(0, b.values().get(i)) * BAR_AREA / axisMax);
                if (len > 0) {
                    s.append("<rect class=\"bar\" x=\"")
                            .append(x)
                            .append("\" y=\"")
                            .append(y + 4)
                            .append("\" width=\"")
                            .append(len)
                            .append("\" height=\"")
                            .append(ROW - 8)
                            .append("\" fill=\"")
                            .append(series.get(i).colour())
                            .append("\"/>");
                }
                x += len;
            }
            s.append("<text x=\"")
                    .append(x + 6)
                    .append("\" y=\"")
                    .append(y + 17)
                    .append("\">")
                    .append(html(b.valueText()))
                    .append("</text>");
            y += ROW;
        }
        s.append("<line x1=\"")
                .append(LABEL_WIDTH)
                .append("\" y1=\"")
                .append(axisY)
                .append("\" x2=\"")
                .append(LABEL_WIDTH + BAR_AREA)
                .append("\" y2=\"")
                .append(axisY)
                .append("\" stroke=\"#57606a\"/>");
        return s.append("</svg></figure>").toString();
    }

    /** 1, 2 or 5 times a power of ten, so the axis has about four to eight ticks. */
    static long niceStep(long max) {
        long power = 1;
        while (power * 10 <= max / 4) {
            power *= 10;
        }
        for (long m : new long[] {1, 2, 5, 10}) {
            if (max / (m * power) <= 7) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
