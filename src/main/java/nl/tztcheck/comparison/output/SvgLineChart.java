package nl.tztcheck.comparison.output;

import static nl.tztcheck.comparison.output.Texts.html;

import java.util.List;
import java.util.function.LongFunction;

/**
 * A line chart as inline SVG: one line per series over the same months, all on one euro axis (so
 * lines can be compared), with a zero line, tick labels in euros and a legend. Values are in cents.
 */
public final class SvgLineChart {

    /** One line: its label and a value per point (point 0 is the start, before the first month). */
    public record Series(String label, List<Long> values) {

        public Series {
            values = List.copyOf(values);
        }
    }

    private static final String[] COLOURS = {
        "#0b5394", "#b45f06", "#38761d", "#990000", "#674ea7", "#127281", "#7f6000", "#a64d79"
    };
    private static final int LEFT = 110;
    private static final int TOP = 34;
    private static final int PLOT_WIDTH = 620;
    private static final int PLOT_HEIGHT = 300;
    private static final int LEGEND_ROW = 18;
    private static final int MAX_STEPS = 8;

    private SvgLineChart() {}

    /**
     * @param xLabel the text under the horizontal axis (e.g. "month")
     * @param euros writes an amount in cents for a tick label
     */
    public static String render(
            String title, String xLabel, List<Series> series, LongFunction<String> euros) {
        long min =
                Math.min(
                        0,
                        series.stream()
                                .flatMap(s -> s.values().stream())
                                .mapToLong(Long::longValue)
                                .min()
                                .orElse(0));
        long max =
                Math.max(
                        0,
                        series.stream()
                                .flatMap(s -> s.values().stream())
                                .mapToLong(Long::longValue)
                                .max()
                                .orElse(0));
        long step = step(max - min);
        long low = Math.floorDiv(min, step) * step;
        long high = Math.max(low + step, -Math.floorDiv(-max, step) * step);
        int points = series.stream().mapToInt(s -> s.values().size()).max().orElse(1);
        int height = TOP + PLOT_HEIGHT + 40 + LEGEND_ROW * series.size();
        int width = LEFT + PLOT_WIDTH + 30;
        StringBuilder s = new StringBuilder();
        s.append("<figure><svg role=\"img\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" font-family=\"system-ui,Arial,sans-serif\" font-size=\"12\"><title>")
                .append(html(title))
                .append("</title><text x=\"0\" y=\"16\" font-weight=\"600\" font-size=\"13\">")
                .append(html(title))
                .append("</text>");
        for (long v = low; v <= high; v += step) {
            double y = y(v, low, high);
            s.append("<line x1=\"")
                    .append(LEFT)
                    .append("\" x2=\"")
                    .append(LEFT + PLOT_WIDTH)
                    .append("\" y1=\"")
                    .append(fmt(y))
                    .append("\" y2=\"")
                    .append(fmt(y))
                    .append(v == 0 ? "\" stroke=\"#1a1a1a\"/>" : "\" stroke=\"#d0d7de\"/>")
                    .append("<text x=\"")
                    .append(LEFT - 6)
                    .append("\" y=\"")
                    .append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">")
                    .append(html(euros.apply(v)))
                    .append("</text>");
        }
        int last = Math.max(1, points - 1);
        for (int m = 0; m <= last; m += Math.max(1, last / 12)) {
            s.append("<text x=\"")
                    .append(fmt(x(m, last)))
                    .append("\" y=\"")
                    .append(TOP + PLOT_HEIGHT + 16)
                    .append("\" text-anchor=\"middle\">")
                    .append(m)
                    .append("</text>");
        }
        s.append("<text x=\"")
                .append(LEFT + PLOT_WIDTH / 2)
                .append("\" y=\"")
                .append(TOP + PLOT_HEIGHT + 32)
                .append("\" text-anchor=\"middle\">")
                .append(html(xLabel))
                .append("</text>");
        for (int i = 0; i < series.size(); i++) {
            Series line = series.get(i);
            String colour = COLOURS[i % COLOURS.length];
            StringBuilder path = new StringBuilder();
            for (int m = 0; m < line.values().size(); m++) {
                path.append(m == 0 ? "" : " ")
                        .append(fmt(x(m, last)))
                        .append(',')
                        .append(fmt(y(line.values().get(m), low, high)));
            }
            s.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
                    .append(colour)
                    .append("\" points=\"")
                    .append(path)
                    .append("\"><title>")
                    .append(html(line.label()))
                    .append("</title></polyline>");
            int ly = TOP + PLOT_HEIGHT + 44 + LEGEND_ROW * i;
            s.append("<rect x=\"")
                    .append(LEFT)
                    .append("\" y=\"")
                    .append(ly)
                    .append("\" width=\"14\" height=\"4\" fill=\"")
                    .append(colour)
                    .append("\"/><text x=\"")
                    .append(LEFT + 20)
                    .append("\" y=\"")
                    .append(ly + 6)
                    .append("\">")
                    .append(html(line.label()))
                    .append("</text>");
        }
        return s.append("</svg></figure>").toString();
    }

    /**
     * The smallest round step (1, 2, 2.5 or 5 times a power of ten, at least one euro) that spans
     * {@code range} in few ticks.
     */
    static long step(long range) {
        long r = Math.max(range, 1);
        for (long magnitude = 10; ; magnitude *= 10) {
            for (long step :
                    new long[] {magnitude, magnitude * 2, magnitude * 5 / 2, magnitude * 5}) {
                if (step >= 100 && (r + step - 1) / step <= MAX_STEPS) {
                    return step;
                }
            }
        }
    }

    private static double x(int point, int last) {
        return LEFT + (double) point * PLOT_WIDTH / last;
    }

    private static double y(long value, long low, long high) {
        return TOP + (double) (high - value) * PLOT_HEIGHT / (high - low);
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
