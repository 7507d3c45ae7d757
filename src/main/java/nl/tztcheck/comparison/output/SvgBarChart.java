package nl.tztcheck.comparison.output;

import static nl.tztcheck.comparison.output.Texts.html;

import java.util.List;

/** A horizontal bar chart as inline SVG: one bar per label, its value written beside it. */
public final class SvgBarChart {

    /**
     * One bar: the label, the value that sets its length and the text written beside it.
     *
     * @param muted no figure to draw (suppressed): a grey dashed stub and the text in grey, never a
     *     bar of 0
     */
    public record Bar(String label, long value, String valueText, boolean muted) {

        public Bar(String label, long value, String valueText) {
            this(label, value, valueText, false);
        }
    }

    private static final int LABEL_WIDTH = 260;
    private static final int BAR_AREA = 420;
    private static final int ROW = 26;

    private SvgBarChart() {}

    public static String render(String title, List<Bar> bars) {
        long max =
                Math.max(1, bars.stream().mapToLong(b -> Math.max(0, b.value())).max().orElse(1));
        int height = 34 + ROW * Math.max(1, bars.size());
        int width = LABEL_WIDTH + BAR_AREA + 140;
        StringBuilder s = new StringBuilder();
        s.append("<figure><svg role=\"img\" width=\"")
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
        int y = 30;
        for (Bar b : bars) {
            long len =
                    b.muted() ? 24 : Math.round((double) Math.max(0, b.value()) * BAR_AREA / max);
            s.append("<text x=\"")
                    .append(LABEL_WIDTH - 8)
                    .append("\" y=\"")
                    .append(y + 15)
                    .append("\" text-anchor=\"end\">")
                    .append(html(b.label()))
                    .append("</text>")
                    .append("<rect x=\"")
                    .append(LABEL_WIDTH)
                    .append("\" y=\"")
                    .append(y + 3)
                    .append("\" width=\"")
                    .append(len)
                    .append("\" height=\"")
                    .append(ROW - 8)
                    .append(
                            b.muted()
                                    ? "\" fill=\"#eaeef2\" stroke=\"#8c959f\" stroke-dasharray=\"3 2\"/>"
                                    : "\" fill=\"#0b5394\"/>")
                    .append("<text x=\"")
                    .append(LABEL_WIDTH + len + 6)
                    .append("\" y=\"")
                    .append(y + 15)
                    .append(b.muted() ? "\" fill=\"#6e7781\" font-style=\"italic\">" : "\">")
                    .append(html(b.valueText()))
                    .append("</text>");
            y += ROW;
        }
        return s.append("</svg></figure>").toString();
    }
}
