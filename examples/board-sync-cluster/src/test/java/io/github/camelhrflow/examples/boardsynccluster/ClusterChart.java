package io.github.camelhrflow.examples.boardsynccluster;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import io.github.camelhrflow.examples.boardsynccluster.ClusterBenchmark.Result;

/** The benchmark's chart as a plain SVG: one panel of bars for the time, one for the requests. */
final class ClusterChart {

    private static final String[] COLOURS = { "#e15759", "#f28e2b", "#4e79a7" };
    private static final int PANEL_WIDTH = 420;
    private static final int PANEL_HEIGHT = 220;
    private static final int TOP = 80;

    private ClusterChart() {
    }

    static String svg(List<Result> results, int boards, int jobsPerBoard) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"960\" height=\"380\" viewBox=\"0 0 960 380\"")
                .append(" font-family=\"sans-serif\" font-size=\"11\">\n<rect width=\"960\" height=\"380\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"70\" y=\"22\" font-size=\"13\" font-weight=\"bold\">%d boards"
                                              + " x %,d jobs into PostgreSQL</text>%n",
                boards, jobsPerBoard));
        int x = 70;
        for (int i = 0; i < results.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"34\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                                                  + "<text x=\"%d\" y=\"44\">%s</text>%n",
                    x, COLOURS[i % 3], x + 16,
                    escape(results.get(i).name())));
            x += 40 + results.get(i).name().length() * 6;
        }
        panel(svg, results, 70, "time to sync, s (lower is better)", r -> r.millis() / 1000.0, "%,.1f");
        panel(svg, results, 540, "HrFlow requests (lower is better)", r -> r.requests(), "%,.0f");
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void panel(StringBuilder svg, List<Result> results, int left, String title,
                              ToDoubleFunction<Result> value, String format) {
        double max = results.stream().mapToDouble(value).max().orElse(1);
        double scale = niceCeiling(max);
        int bottom = TOP + PANEL_HEIGHT;
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"13\" font-weight=\"bold\">%s"
                                              + "</text>%n",
                left, TOP - 10, escape(title)));
        for (int tick = 0; tick <= 4; tick++) {
            double tickValue = scale * tick / 4;
            int y = bottom - (int) Math.round(PANEL_HEIGHT * tick / 4.0);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>"
                                                  + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">" + format
                                                  + "</text>%n",
                    left, y, left + PANEL_WIDTH - 60, y, left - 6, y + 4,
                    tickValue));
        }
        int barWidth = 60;
        for (int i = 0; i < results.size(); i++) {
            double v = value.applyAsDouble(results.get(i));
            double height = PANEL_HEIGHT * v / scale;
            double barX = left + 20 + i * (barWidth + 40);
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\">"
                                                  + "<title>%s: " + format + "</title></rect>%n",
                    barX,
                    bottom - height, barWidth, height, COLOURS[i % 3], escape(results.get(i).name()), v));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">" + format
                                                  + "</text>%n",
                    barX + barWidth / 2.0, bottom - height - 4, v));
        }
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code value}. */
    private static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
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
