package io.github.camelhrflow.benchmarks.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import io.github.camelhrflow.benchmarks.jmh.DecodeFigures;
import io.github.camelhrflow.benchmarks.load.Measurement;
import io.github.camelhrflow.benchmarks.operations.OperationResults;
import io.github.camelhrflow.benchmarks.parsing.ParsingMeasurement;
import io.github.camelhrflow.benchmarks.parsing.ParsingResults;
import io.github.camelhrflow.benchmarks.parsing.ParsingRow;
import io.github.camelhrflow.benchmarks.parsing.ParsingWay;
import io.github.camelhrflow.benchmarks.variants.Variant;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTest {

    private static final Workload SAMPLES = new Workload("sample jobs", "five jobs", "board", List.of("k"), 10, 100);
    private static final List<Integer> LEVELS = List.of(1, 64);

    /** One second for {@code calls} calls, with the given CPU and allocation per call. */
    private static Measurement run(int calls, long cpuMicrosPerCall, long bytesPerCall) {
        return new Measurement(calls, 1_000_000_000L, cpuMicrosPerCall * 1000 * calls, bytesPerCall * calls,
                1_000_000, 2_000_000, -1);
    }

    /** camel-hrflow at 1.2× floor A's CPU in rounds 0 and 1, and 3× in round 2 (an outlier the median drops). */
    private static Results results() {
        Results results = new Results();
        long[] hrflowCpu = { 120, 120, 300 };
        for (int round = 0; round < 3; round++) {
            for (int level : LEVELS) {
                results.add(new Cell(SAMPLES, Variant.FLOOR_A, level, round, run(1000, 100, 10_000)));
                results.add(new Cell(SAMPLES, Variant.FLOOR_B, level, round, run(800, 150, 12_000)));
                results.add(new Cell(SAMPLES, Variant.RAW_IN_PROCESSOR, level, round, run(960, 100, 16_000)));
                results.add(new Cell(SAMPLES, Variant.HAND_ROLLED, level, round, run(700, 200, 30_000)));
                results.add(new Cell(SAMPLES, Variant.CAMEL_HRFLOW, level, round, run(950, hrflowCpu[round], 20_000)));
            }
        }
        return results;
    }

    @Test
    void ratiosAreMediansOfPerRoundRatios() {
        Results results = results();

        assertEquals(1.2, results.medianRatio(SAMPLES, Variant.CAMEL_HRFLOW, Variant.FLOOR_A, 1, Metric.CPU), 1e-9);
        assertEquals(120, results.median(SAMPLES, Variant.CAMEL_HRFLOW, 64, Metric.CPU), 1e-9);
        assertEquals(950, results.median(SAMPLES, Variant.CAMEL_HRFLOW, 64, Metric.THROUGHPUT), 1e-9);
    }

    @Test
    void targetsTellWhatIsMetAndWhatIsMissed() {
        List<Targets.Check> checks = Targets.check(results(), List.of(SAMPLES), LEVELS);

        // 1.2× floor A's CPU misses 1.15×; 0.95× its throughput meets 0.95×; the processor ratio is not judged
        assertEquals(Arrays.asList(false, true, null, true, false),
                checks.stream().map(Targets.Check::met).toList());
        assertEquals(List.of(1.2, 1.2), checks.get(2).ratios());
        assertEquals(List.of(2.0, 2.0), checks.get(4).ratios());
    }

    @Test
    void theReportHasARowPerVariantAndLevelAndTheTargets() {
        String md = MarkdownReport.render(new MarkdownReport.Input(new Machine(2, "JVM", "CPU"), "run.sh", 3, 1, 1.5,
                "1.0 → 2.0",
                List.of(SAMPLES), LEVELS, results(), List.of(), new OperationResults(), List.of(),
                List.of(new DecodeFigures.Figure("camelHrflowReader", 880, 900, 10, 450 * 1024)), "chart.svg", null));

        assertTrue(
                md.contains("| 64 | camel-hrflow | 950 | 1.00 | 2.00 | 120 | 19.5 | 0.95× | 1.20× | 1.20× | 2.00× |"),
                md);
        assertTrue(md.contains("| alloc/job ≤ 1.5× floor A | sample jobs | 1: 2.00×, 64: 2.00× | **missed** |"), md);
        assertTrue(md.contains("| camelHrflowReader | 880 | 900 | 10 | 450.0 |"), md);
        assertEquals(LEVELS.size() * Variant.values().length,
                md.lines().filter(l -> l.matches("\\| \\d+ \\| .*")).count());
        assertFalse(md.contains("CV parsing"), "no parsing section when the row did not run");
    }

    /**
     * Two rounds of the parsing row: camel-hrflow at 16 in flight spends 1.5× then 0.5× the hand-written route's CPU
     * (the ratio is per round, then the median), 40 s for 200 files, 3 requests per file.
     */
    @Test
    void theParsingSectionGivesEachWayAndTheRatiosOfEachSameConcurrencyPair() {
        ParsingResults parsing = new ParsingResults();
        long second = 1_000_000_000L;
        for (int round = 0; round < 2; round++) {
            long hrflowCpu = round == 0 ? 3 * second : second;
            parsing.add(new ParsingMeasurement(ParsingWay.CAMEL_HRFLOW, round, 200, 40 * second, hrflowCpu,
                    200 * 1024 * 10, 20, 30, 600, 200));
            parsing.add(new ParsingMeasurement(ParsingWay.HAND_WRITTEN_THREADS, round, 200, 40 * second, 2 * second,
                    200 * 1024 * 30, 20, 50, 400, 200));
            parsing.add(new ParsingMeasurement(ParsingWay.CAMEL_HRFLOW_ALL, round, 200, 4 * second, second, 0, 20, 30,
                    600, 200));
            parsing.add(new ParsingMeasurement(ParsingWay.HAND_WRITTEN, round, 200, 5 * second, 4 * second, 0, 20,
                    40, 400, 200));
        }
        ParsingReport.Run run = new ParsingReport.Run(new ParsingRow(200, Duration.ofSeconds(2), 3000), 2, 1, parsing);

        String md = String.join("\n", ParsingReport.section(run));

        assertTrue(
                md.contains("| camel-hrflow, `to(\"hrflow:profile-parsing\")`, defaults | 16 | 40.0 | 200 | 10.00 | 10"
                            + " | 30 (10) | 3.00 | 200 | 1.00× | 1.00× |"),
                md);
        assertTrue(md.contains("`threads(16)` | 16 | 40.0 | 200 | 10.00 | 30 | 50 (30) | 2.00 | 200 |  |  |"), md);
        assertTrue(md.contains("| camel-hrflow, `maxConcurrentParsing=` the number of files | 200 | 4.0 | 20 | 5.00 | 0"
                               + " | 30 (10) | 3.00 | 200 | 0.80× | 0.25× |"),
                md);
        assertTrue(md.contains("stores the profile 2000 ms later") && md.contains("every 3000 ms"), md);
        assertTrue(md.contains("(180 text, 20 one-page PDFs"), md);
        String csv = MarkdownReport.csv(new Results(), new OperationResults(), parsing);
        assertTrue(csv.contains("\nCV parsing,CAMEL_HRFLOW_ALL,200,1,200,1,4000000000,1000000000,0,-1,-1\n"), csv);
        assertEquals(1 + 8, csv.lines().count());
    }

    @Test
    void theChartIsWellFormedSvgWithABarPerVariantAndLevel() throws Exception {
        String svg = SvgChart.render(results(), List.of(SAMPLES), LEVELS);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        // two panels (jobs/s, CPU), a bar per variant and level in each
        long bars = svg.lines().filter(l -> l.startsWith("<rect") && l.contains("<title>")).count();
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals(2L * LEVELS.size() * Variant.values().length, bars);
        assertTrue(svg.contains("camel-hrflow: 950"), svg);
    }

    @Test
    void barLabelsStayShort() {
        assertEquals("28.2k", SvgChart.compact(28_153));
        assertEquals("440", SvgChart.compact(440.4));
    }

    @Test
    void scalesEndOnOneTwoOrFive() {
        assertEquals(20_000, SvgChart.niceCeiling(17_311), 1e-9);
        assertEquals(500, SvgChart.niceCeiling(500), 1e-9);
        assertEquals(1, SvgChart.niceCeiling(0), 1e-9);
    }
}
