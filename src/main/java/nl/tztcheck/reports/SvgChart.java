package nl.tztcheck.reports;

import java.util.List;

/**
 * A horizontal bar chart as inline SVG for report.html: one row per label, one bar per series, each
 * value written beside its bar. Accessible: {@code role="img"} with a {@code <title>} and a {@code
 * <desc>} holding every figure as text; the page shows the same figures in a table.
 */
final class SvgChart {

    /**
     * One series: its name (in the legend), colour, and per label the value in cents and its text.
     */
    record Series(String name, String colour, long[] values, String[] texts) {}

    private static final int LABEL_WIDTH = 190;
    private static final int BAR_AREA = 300;
    private static final int VALUE_WIDTH = 120;
    private static final int BAR = 16;
    private static final int GAP = 10;
    private static final int MAX_LABEL = 28;

    private SvgChart() {}

    static String render(
            String id, String title, String desc, List<String> labels, List<Series> series) {
        long max = 1;
        for (Series s : series) {
            for (long v : s.values()) {
                max = Math.max(max, v);
            }
        }
        boolean legend = series.size() > 1;
        int top = legend ? 24 : 4;
        int rowHeight = BAR * series.size() + GAP;
        int height = top + rowHeight * Math.max(1, labels.size());
        int width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;
        StringBuilder s = new StringBuilder(1024);
        s.append("<svg class=\"chart\" id=\"")
                .append(id)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-t ")
                .append(id)
                .append("-d\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append(
                        "\" font-family=\"system-ui,Arial,sans-serif\" font-size=\"12\" fill=\"#1a1a1a\">")
                .append("<title id=\"")
                .append(id)
                .append("-t\">")
                .append(Html.esc(title))
                .append("</title>")
                .append("<desc id=\"")
                .append(id)
                .append("-d\">")
                .append(Html.esc(desc))
                .append("</desc>");
        if (legend) {
            int x = LABEL_WIDTH;
            for (Series ser : series) {
                s.append("<rect x=\"")
                        .append(x)
                        .append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"")
                        .append(ser.colour())
                        .append("\"/><text x=\"")
                        .append(x + 16)
                        .append("\" y=\"14\">")
                        .append(Html.esc(ser.name()))
                        .append("</text>");
                x += 24 + 7 * ser.name().length();
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            int y = top + i * rowHeight;
            String label = labels.get(i);
            String shown =
                    label.length() > MAX_LABEL
                            ? label.substring(0, MAX_LABEL - 1) + "\u2026"
                            : label;
            s.append("<text x=\"")
                    .append(LABEL_WIDTH - 8)
                    .append("\" y=\"")
                    .append(y + BAR * series.size() / 2 + 4)
                    .append("\" text-anchor=\"end\">")
                    .append(Html.esc(shown))
                    .append("</text>");
            for (int k = 0; k < series.size(); k++) {
                Series ser = series.get(k);
                long v = ser.values()[i];
                long len = Math.round((double) Math.max(0, v) * BAR_AREA / max);
                int by = y + k * BAR;
                s.append("<rect class=\"bar\" x=\"")
                        .append(LABEL_WIDTH)
                        .append("\" y=\"")
                        .append(by + 1)
                        .append("\" width=\"")
                        .append(len)
                        .append("\" height=\"")
                        .append(BAR - 2)
                        .append("\" fill=\"")
                        .append(ser.colour())
                        .append("\"/>")
                        .append("<text x=\"")
                        .append(LABEL_WIDTH + len + 5)
                        .append("\" y=\"")
                        .append(by + BAR - 4)
                        .append("\">")
                        .append(Html.esc(ser.texts()[i]))
                        .append("</text>");
            }
        }
        return s.append("</svg>").toString();
    }
}
