package io.github.camelhrflow.benchmarks.report;

import java.util.List;
import java.util.Locale;

import io.github.camelhrflow.benchmarks.variants.Variant;

/**
 * A grouped bar chart as plain SVG: one panel per (metric, workload), a group of bars (one per variant) per
 * concurrency level, the median value over each bar.
 */
public final class SvgChart {

    private static final String[] COLORS = { "#4e79a7", "#76b7b2", "#9c755f", "#f28e2b", "#e15759" };
    private static final int PANEL_WIDTH = 480;
    private static final int PANEL_HEIGHT = 300;
    private static final int LEGEND_HEIGHT = 40;
    private static final int MARGIN_LEFT = 70;
    private static final int MARGIN_TOP = 36;
    private static final int MARGIN_BOTTOM = 40;
    private static final int MARGIN_RIGHT = 16;

    private final StringBuilder svg = new StringBuilder();

    private SvgChart() {
    }

    /** Panels: jobs/s and CPU per job (rows) for each workload (columns). */
    public static String render(Results results, List<Workload> workloads, List<Integer> levels) {
        return new SvgChart().draw(results, workloads, levels, List.of(Metric.THROUGHPUT, Metric.CPU));
    }

    private String draw(Results results, List<Workload> workloads, List<Integer> levels, List<Metric> metrics) {
        int width = PANEL_WIDTH * workloads.size();
        int height = LEGEND_HEIGHT + PANEL_HEIGHT * metrics.size();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                                              + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"10\">%n",
                width, height, width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        legend();
        for (int row = 0; row < metrics.size(); row++) {
            for (int col = 0; col < workloads.size(); col++) {
                panel(results, workloads.get(col), levels, metrics.get(row), col * PANEL_WIDTH,
                        LEGEND_HEIGHT + row * PANEL_HEIGHT);
            }
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private void legend() {
        int x = MARGIN_LEFT;
        for (Variant v : Variant.values()) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"14\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                                                  + "<text x=\"%d\" y=\"24\">%s</text>%n",
                    x, COLORS[v.ordinal()], x + 16, escape(v.label())));
            x += 16 + 6 * v.label().length();
        }
    }

    private void panel(Results results, Workload workload, List<Integer> levels, Metric metric, int left, int top) {
        int plotLeft = left + MARGIN_LEFT;
        int plotTop = top + MARGIN_TOP;
        int plotWidth = PANEL_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
        int plotHeight = PANEL_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;
        Variant[] variants = Variant.values();
        double[][] values = new double[levels.size()][variants.length];
        double max = 0;
        for (int g = 0; g < levels.size(); g++) {
            for (Variant v : variants) {
                values[g][v.ordinal()] = results.median(workload, v, levels.get(g), metric);
                max = Math.max(max, values[g][v.ordinal()]);
            }
        }
        double scaleMax = niceCeiling(max);
        String better = metric == Metric.THROUGHPUT ? "higher is better" : "lower is better";
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"13\" font-weight=\"bold\">%s — %s"
                                              + " <tspan font-weight=\"normal\" fill=\"#666\">(%s)</tspan></text>%n",
                plotLeft, top + 20, escape(workload.name()), escape(metric.header()), better));
        for (int i = 0; i <= 4; i++) {
            double value = scaleMax * i / 4;
            int y = plotTop + plotHeight - (int) Math.round(plotHeight * i / 4.0);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>"
                                                  + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                    plotLeft, y, plotLeft + plotWidth, y, plotLeft - 6, y + 4, MarkdownReport.fmt(value, 0)));
        }
        double groupWidth = (double) plotWidth / levels.size();
        double barWidth = groupWidth * 0.8 / variants.length;
        for (int g = 0; g < levels.size(); g++) {
            double groupLeft = plotLeft + g * groupWidth + groupWidth * 0.1;
            for (Variant v : variants) {
                double value = values[g][v.ordinal()];
                double barHeight = Double.isNaN(value) ? 0 : plotHeight * value / scaleMax;
                double x = groupLeft + v.ordinal() * barWidth;
                double y = plotTop + plotHeight - barHeight;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                                                      + " fill=\"%s\"><title>%s: %s</title></rect>%n",
                        x, y, barWidth - 2, barHeight, COLORS[v.ordinal()], escape(v.label()),
                        MarkdownReport.fmt(value, 0)));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\""
                                                      + " font-size=\"9\">%s</text>%n",
                        x + (barWidth - 2) / 2, y - 3, compact(value)));
            }
            svg.append(
                    String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d in flight</text>%n",
                            plotLeft + g * groupWidth + groupWidth / 2, plotTop + plotHeight + 18, levels.get(g)));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                plotLeft, plotTop + plotHeight, plotLeft + plotWidth, plotTop + plotHeight));
    }

    /** A bar's label: "28.2k" rather than "28,153", so that neighbouring labels do not run into each other. */
    static String compact(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 1000 ? String.format(Locale.ROOT, "%.1fk", value / 1000)
                : String.format(Locale.ROOT, "%.0f", value);
    }

    /** The smallest 1, 2 or 5 times a power of ten that is at least {@code value}. */
    static double niceCeiling(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] { 1, 2, 5, 10 }) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
