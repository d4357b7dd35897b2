package io.github.camelhrflow.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import io.github.camelhrflow.HrFlowParsingOptions;
import io.github.camelhrflow.benchmarks.parsing.ParsingMeasurement;
import io.github.camelhrflow.benchmarks.parsing.ParsingResults;
import io.github.camelhrflow.benchmarks.parsing.ParsingRow;
import io.github.camelhrflow.benchmarks.parsing.ParsingWay;

/**
 * The CV parsing row's table and what it measured, as a section of {@code results.md}, or as a file of its own when
 * only that row ran.
 */
public final class ParsingReport {

    /**
     * What the row ran and measured.
     *
     * @param rounds  measured rounds
     * @param warmups unmeasured rounds before them
     */
    public record Run(ParsingRow row, int rounds, int warmups, ParsingResults results) {
    }

    private ParsingReport() {
    }

    /**
     * A whole file: where and how it ran, then the section.
     *
     * @param load the 1-minute load average at the start and the end, e.g. "3.1 → 4.0"
     */
    public static String document(Machine machine, String command, double minutes, String load, Run run) {
        List<String> lines = new ArrayList<>();
        lines.add("# camel-hrflow benchmarks: CV parsing");
        lines.add("");
        lines.add("Machine: " + machine + ". Whole run: " + MarkdownReport.fmt(minutes, 1) + " min. Load average"
                  + " (1 min, other users included) at start and end: " + load + ".");
        lines.add("");
        lines.add("Command: `" + command + "`");
        lines.addAll(section(run));
        return String.join("\n", lines) + "\n";
    }

    /** The section: a heading, the setup, one line per way, and the ratios of each same-concurrency pair. */
    public static List<String> section(Run run) {
        List<String> lines = new ArrayList<>();
        ParsingRow row = run.row();
        ParsingResults results = run.results();
        int files = row.files();
        lines.add("");
        lines.add("## CV parsing: " + files + " files through `hrflow:profile-parsing` and through the camel-http"
                  + " route users write today");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "A folder of %d small fictional CVs (%d text, %d one-page PDFs, every"
                                             + " one different) read by `file:…?noop=true`, each parsed into a"
                                             + " profile of a source that parses in the background: the sandbox, in"
                                             + " its own process, answers the upload with 202 and stores the profile"
                                             + " %d ms later. Every way asks whether the profile exists every %d ms"
                                             + " (camel-hrflow's default `awaitInterval`; the hand-written loop's"
                                             + " `delay`), and every run parses into a new source and fails unless"
                                             + " it holds exactly one profile per file afterwards. Medians of %d"
                                             + " rounds (after %d warm-up round%s), the ways in an order that"
                                             + " changes every round; a run is the route's start to the last"
                                             + " file's profile at its end (its CamelContext is built before and"
                                             + " closed after). CPU and allocation are the client JVM's, all its"
                                             + " threads; requests are those the sandbox answered during the run.",
                files, files - files / 10, files / 10, row.parseDelay().toMillis(), row.awaitInterval(),
                run.rounds(), run.warmups(), run.warmups() == 1 ? "" : "s"));
        lines.add("");
        lines.add("The ways come in pairs of the same concurrency. camel-hrflow keeps at most `maxConcurrentParsing` ("
                  + HrFlowParsingOptions.DEFAULT_MAX_CONCURRENT_PARSING + " by default) files uploaded or waited"
                  + " for at once, and holds no thread while waiting. The hand-written route as written (upload"
                  + " with camel-http and a multipart body from HttpClient 5's `MultipartEntityBuilder`, then"
                  + " `loopDoWhile(header(CamelHttpResponseCode) != 200)` of `delay`, a GET and a debug `log`, then"
                  + " `unmarshal().json(ProfileEnvelope.class)`; without a step after the GET the loop's condition"
                  + " does not see the GET's answer and asks once more, which cost an interval per file) is not sequential: Camel's `delay` is asynchronous by"
                  + " default, so the file consumer goes on to the next file as soon as one is uploaded and every"
                  + " file of the folder is waited for at once; it is shown beside camel-hrflow allowed as many"
                  + " (`maxConcurrentParsing=" + files + "`). Behind `threads("
                  + HrFlowParsingOptions.DEFAULT_MAX_CONCURRENT_PARSING + ")` with an asynchronous delay the"
                  + " threads would bound the uploads only, so the hand-written way beside camel-hrflow's default"
                  + " makes its delay synchronous (`syncDelayed()`): "
                  + HrFlowParsingOptions.DEFAULT_MAX_CONCURRENT_PARSING
                  + " files in flight, each holding a thread.");
        lines.add("");
        lines.add("| way | files in flight | wall s | wall ms/file | CPU ms/file | alloc KB/file | peak threads (added)"
                  + " | requests/file | profiles | wall vs hand-written | CPU vs hand-written |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (ParsingWay way : ParsingWay.values()) {
            ParsingWay handWritten = way.handWritten();
            lines.add("| " + way.label()
                      + " | " + way.inFlight(files)
                      + " | " + MarkdownReport.fmt(results.median(way, ParsingMeasurement::seconds), 1)
                      + " | " + MarkdownReport.fmt(results.median(way, ParsingMeasurement::wallMillisPerFile), 0)
                      + " | " + MarkdownReport.fmt(results.median(way, ParsingMeasurement::cpuMillisPerFile), 2)
                      + " | " + MarkdownReport.fmt(results.median(way, ParsingMeasurement::kilobytesPerFile), 0)
                      + " | " + MarkdownReport.fmt(results.median(way, ParsingMeasurement::peakThreads), 0) + " ("
                      + MarkdownReport.fmt(results.median(way, ParsingMeasurement::addedThreads), 0) + ")"
                      + " | " + MarkdownReport.fmt(results.median(way, ParsingMeasurement::requestsPerFile), 2)
                      + " | " + MarkdownReport.fmt(results.median(way, ParsingMeasurement::profiles), 0)
                      + " | " + ratio(results, way, handWritten, ParsingMeasurement::seconds)
                      + " | " + ratio(results, way, handWritten, ParsingMeasurement::cpuMillisPerFile) + " |");
        }
        lines.add("");
        lines.add("Ratios: camel-hrflow's figure over the hand-written way's of the same concurrency in the same"
                  + " round, the median over rounds. Peak threads: the client JVM's most live threads during the"
                  + " run (added: over those alive when the route started). camel-hrflow asks once more per file"
                  + " than the hand-written route: before uploading, whether the source holds the file's reference"
                  + " already (`skipExisting`, so a file dropped twice makes no second profile); the hand-written"
                  + " route uses the file name as reference and does not check.");
        return lines;
    }

    /** Blank for a hand-written way: the ratios are camel-hrflow's. */
    private static String ratio(ParsingResults results, ParsingWay way, ParsingWay handWritten,
                                ToDoubleFunction<ParsingMeasurement> metric) {
        return handWritten == null ? "" : MarkdownReport.ratio(results.medianRatio(way, handWritten, metric));
    }
}
