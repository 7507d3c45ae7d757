package nl.tztcheck.reports;

import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * The insurer chart of report.html as inline SVG: per insurer one horizontal stacked bar,
 * reimbursable + at risk + unchecked = claimed, and under it a thinner bar for the cost gap, all on
 * ONE euro scale with an axis, so bar lengths compare across insurers and between the two bars.
 * Accessible: {@code role="img"} with a {@code <title>} and a {@code <desc>} holding every figure;
 * every segment has its own tooltip; the page shows the same figures in a table.
 */
final class InsurerBars {

    /** One insurer's bar, in cents. */
    record Bar(
            String key,
            String label,
            long reimbursable,
            long atRisk,
            long unchecked,
            long costGap) {

        long claimed() {
            return reimbursable + atRisk + unchecked;
        }
    }

    /** The chart's texts, already in the page's language. */
    record Texts(
            String title,
            String desc,
            String reimbursable,
            String atRisk,
            String unchecked,
            String costGap,
            String axis) {}

    static final String REIMBURSABLE = "#1a6b32";
    static final String AT_RISK = "#b00020";
    static final String UNCHECKED = "#6e7781";
    static final String COST_GAP = "#8a5300";

    private static final int LABEL_WIDTH = 200;
    private static final int PLOT = 640;
    private static final int VALUE_WIDTH = 120;
    private static final int LEGEND = 30;
    private static final int BAR = 18;
    private static final int GAP_BAR = 9;
    private static final int ROW = BAR + GAP_BAR + 16;
    private static final int AXIS = 40;
    private static final int MAX_LABEL = 28;

    private InsurerBars() {}

    static String render(
            String id,
            Texts t,
            List<Bar> bars,
            LongFunction<String> money,
            LongFunction<String> tick) {
        long largest = 0;
        for (Bar b : bars) {
            largest = Math.max(largest, Math.max(b.claimed(), b.costGap()));
        }
        EuroAxis axis = EuroAxis.upTo(largest);
        int plotTop = LEGEND;
        int plotBottom = plotTop + ROW * Math.max(1, bars.size());
        int width = LABEL_WIDTH + PLOT + VALUE_WIDTH;
        int height = plotBottom + AXIS;
        StringBuilder s = new StringBuilder(4096);
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
                .append("\" data-axis-max-cents=\"")
                .append(axis.maxCents())
                .append(
                        "\" font-family=\"system-ui,Arial,sans-serif\" font-size=\"12\" fill=\"#1a1a1a\">")
                .append("<title id=\"")
                .append(id)
                .append("-t\">")
                .append(Html.esc(t.title()))
                .append("</title>")
                .append("<desc id=\"")
                .append(id)
                .append("-d\">")
                .append(Html.esc(t.desc()))
                .append("</desc>");
        legend(s, t);
        // grid and axis first, so the bars lie over the grid lines
        s.append("<g class=\"axis\">");
        for (long v : axis.ticks()) {
            String x = fmt(LABEL_WIDTH + axis.position(v, PLOT));
            s.append("<line x1=\"")
                    .append(x)
                    .append("\" x2=\"")
                    .append(x)
                    .append("\" y1=\"")
                    .append(plotTop - 4)
                    .append("\" y2=\"")
                    .append(plotBottom + 4)
                    .append("\" stroke=\"")
                    .append(v == 0 ? "#57606a" : "#d0d7de")
                    .append("\"/>")
                    .append("<text class=\"tick\" data-cents=\"")
                    .append(v)
                    .append("\" x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(plotBottom + 18)
                    .append("\" text-anchor=\"middle\">")
                    .append(Html.esc(tick.apply(v)))
                    .append("</text>");
        }
        s.append("<text class=\"axis-title\" x=\"")
                .append(LABEL_WIDTH + PLOT / 2)
                .append("\" y=\"")
                .append(plotBottom + 34)
                .append("\" text-anchor=\"middle\" fill=\"#57606a\">")
                .append(Html.esc(t.axis()))
                .append("</text></g>");
        for (int i = 0; i < bars.size(); i++) {
            bar(s, bars.get(i), plotTop + i * ROW + 4, axis, t, money);
        }
        return s.append("</svg>").toString();
    }

    private static void legend(StringBuilder s, Texts t) {
        int x = LABEL_WIDTH;
        String[][] items = {
            {REIMBURSABLE, t.reimbursable()},
            {AT_RISK, t.atRisk()},
            {UNCHECKED, t.unchecked()},
            {COST_GAP, t.costGap()}
        };
        for (String[] item : items) {
            s.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"")
                    .append(item[0])
                    .append("\"/><text x=\"")
                    .append(x + 16)
                    .append("\" y=\"16\">")
                    .append(Html.esc(item[1]))
                    .append("</text>");
            x += 32 + 7 * item[1].length();
        }
    }

    private static void bar(
            StringBuilder s, Bar b, int y, EuroAxis axis, Texts t, LongFunction<String> money) {
        String label =
                b.label().length() > MAX_LABEL
                        ? b.label().substring(0, MAX_LABEL - 1) + "\u2026"
                        : b.label();
        s.append("<g class=\"insurer\" data-insurer=\"")
                .append(Html.esc(b.key()))
                .append("\" data-claimed-cents=\"")
                .append(b.claimed())
                .append("\"><text x=\"")
                .append(LABEL_WIDTH - 8)
                .append("\" y=\"")
                .append(y + BAR - 5)
                .append("\" text-anchor=\"end\">")
                .append(Html.esc(label))
                .append("</text>");
        long before = 0;
        long[] parts = {b.reimbursable(), b.atRisk(), b.unchecked()};
        String[] kinds = {"reimbursable", "at-risk", "unchecked"};
        String[] colours = {REIMBURSABLE, AT_RISK, UNCHECKED};
        String[] names = {t.reimbursable(), t.atRisk(), t.unchecked()};
        for (int k = 0; k < parts.length; k++) {
            // each segment runs from the sum before it to the sum after it, so the segments end
            // exactly at claimed
            double from = axis.position(before, PLOT);
            double to = axis.position(before + parts[k], PLOT);
            before += Math.max(0, parts[k]);
            if (to > from) {
                segment(
                        s,
                        kinds[k],
                        colours[k],
                        LABEL_WIDTH + from,
                        y,
                        to - from,
                        BAR,
                        parts[k],
                        names[k] + ": " + money.apply(parts[k]));
            }
        }
        s.append("<text class=\"value\" x=\"")
                .append(fmt(LABEL_WIDTH + axis.position(b.claimed(), PLOT) + 5))
                .append("\" y=\"")
                .append(y + BAR - 5)
                .append("\" font-weight=\"600\">")
                .append(Html.esc(money.apply(b.claimed())))
                .append("</text>");
        int gy = y + BAR + 3;
        double gap = axis.position(b.costGap(), PLOT);
        if (gap > 0) {
            segment(
                    s,
                    "cost-gap",
                    COST_GAP,
                    LABEL_WIDTH,
                    gy,
                    gap,
                    GAP_BAR,
                    b.costGap(),
                    t.costGap() + ": " + money.apply(b.costGap()));
        }
        s.append("<text class=\"value\" x=\"")
                .append(fmt(LABEL_WIDTH + gap + 5))
                .append("\" y=\"")
                .append(gy + GAP_BAR)
                .append("\" font-size=\"11\" fill=\"")
                .append(COST_GAP)
                .append("\">")
                .append(Html.esc(money.apply(b.costGap())))
                .append("</text></g>");
    }

    private static void segment(
            StringBuilder s,
            String kind,
            String colour,
            double x,
            int y,
            double w,
            int h,
            long cents,
            String tooltip) {
        s.append("<rect class=\"bar ")
                .append(kind)
                .append("\" data-cents=\"")
                .append(cents)
                .append("\" x=\"")
                .append(fmt(x))
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(fmt(w))
                .append("\" height=\"")
                .append(h)
                .append("\" fill=\"")
                .append(colour)
                .append("\"><title>")
                .append(Html.esc(tooltip))
                .append("</title></rect>");
    }

    /** Two decimals, with a point whatever the locale: SVG coordinates. */
    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
