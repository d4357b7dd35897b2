package io.github.camelhrflow.benchmarks.parsing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.camelhrflow.benchmarks.server.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parsing row at a small scale, against the sandbox in its own process: every way parses the folder into one
 * profile per file, asking again while the profile is not there, with the concurrency the report says it has.
 */
class ParsingRowTest {

    private static final int FILES = 24;
    /** Five times the interval: each file is asked for at least twice, the first time too early. */
    private static final Duration PARSE = Duration.ofMillis(1000);
    private static final long INTERVAL = 200;

    @Test
    void everyWayParsesTheFolderWithTheConcurrencyItClaims() throws Exception {
        ParsingResults results;
        try (ServerProcess sandbox = ServerProcess.sandbox()) {
            results = new ParsingRow(FILES, PARSE, INTERVAL).run(sandbox, 0, 1);
        }
        assertEquals(ParsingWay.values().length, results.runs().size());
        for (ParsingMeasurement run : results.runs()) {
            String way = run.toString();
            assertEquals(FILES, run.files(), way);
            assertEquals(FILES, run.profiles(), way);
            assertTrue(run.cpuNanos() > 0 && run.allocatedBytes() > 0, way);
            boolean hrflow = run.way().handWritten() != null;
            // an upload and at least two questions per file (the first one before the profile exists); camel-hrflow
            // asks once more, before uploading; at most one question per interval until the profile is there
            long least = (hrflow ? 4L : 3L) * FILES;
            long most = least + PARSE.toMillis() / INTERVAL * FILES;
            assertTrue(run.requests() >= least && run.requests() <= most, way + ": " + least + ".." + most);
        }
        double oneWave = PARSE.toMillis() / 1000.0;
        // 16 files in flight: two waves for 24 files
        assertTrue(run(results, ParsingWay.CAMEL_HRFLOW).seconds() >= 2 * oneWave, results.runs().toString());
        assertTrue(run(results, ParsingWay.HAND_WRITTEN_THREADS).seconds() >= 2 * oneWave, results.runs().toString());
        // every file in flight: far from one file after the other (24 s), as written too
        assertTrue(run(results, ParsingWay.HAND_WRITTEN).seconds() < FILES * oneWave / 4, results.runs().toString());
        assertTrue(run(results, ParsingWay.CAMEL_HRFLOW_ALL).seconds() < FILES * oneWave / 4,
                results.runs().toString());
        // a synchronous delay holds a thread per file in flight; camel-hrflow's waits hold none, even with 24
        assertTrue(run(results, ParsingWay.HAND_WRITTEN_THREADS).addedThreads() >= 16, results.runs().toString());
        assertTrue(run(results, ParsingWay.CAMEL_HRFLOW_ALL).addedThreads() < FILES / 2, results.runs().toString());
    }

    /** Parsed well before the first question: each way asks once per file, and only camel-hrflow checks first. */
    @Test
    void aProfileThatIsThereAtTheFirstQuestionIsAskedForOnce() throws Exception {
        ParsingResults results;
        try (ServerProcess sandbox = ServerProcess.sandbox()) {
            results = new ParsingRow(FILES, Duration.ofMillis(100), 1000).run(sandbox, 0, 1);
        }
        for (ParsingMeasurement run : results.runs()) {
            assertEquals((run.way().handWritten() != null ? 3L : 2L) * FILES, run.requests(), run.toString());
            assertEquals(FILES, run.profiles(), run.toString());
        }
    }

    @Test
    void aRunFailsUnlessTheSourceHoldsOneProfilePerFile() {
        ParsingRun.check(200, 200);
        assertThrows(IllegalStateException.class, () -> ParsingRun.check(200, 199));
        assertThrows(IllegalStateException.class, () -> ParsingRun.check(200, 201));
    }

    @Test
    void theFolderHoldsDistinctCvsAndEveryTenthIsAPdf(@TempDir Path dir) throws Exception {
        List<Path> files = CvFolder.write(dir, 20);

        Set<String> contents = new HashSet<>();
        for (Path file : files) {
            contents.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        }
        assertEquals(20, contents.size());
        List<Path> pdfs = files.stream().filter(f -> f.toString().endsWith(".pdf")).toList();
        assertEquals(2, pdfs.size());
        String pdf = new String(Files.readAllBytes(pdfs.get(0)), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF-1.4\n") && pdf.endsWith("%%EOF\n"), pdf);
        // startxref gives the cross-reference table's offset, and each entry an object's
        String[] tail = pdf.substring(pdf.lastIndexOf("startxref")).split("\n");
        int xref = Integer.parseInt(tail[1]);
        assertTrue(pdf.startsWith("xref\n", xref), pdf);
        String[] entries = pdf.substring(xref).split("\n");
        for (int object = 1; object <= 5; object++) {
            int offset = Integer.parseInt(entries[2 + object].substring(0, 10));
            assertTrue(pdf.startsWith(object + " 0 obj\n", offset), "object " + object);
        }
    }

    private static ParsingMeasurement run(ParsingResults results, ParsingWay way) {
        return results.runs().stream().filter(r -> r.way() == way).findFirst().orElseThrow();
    }
}
