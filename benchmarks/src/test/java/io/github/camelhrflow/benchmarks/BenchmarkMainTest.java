package io.github.camelhrflow.benchmarks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BenchmarkMainTest {

    @Test
    void theReportedCommandNamesTheOptionsThatDifferFromTheDefaults() {
        assertEquals("", BenchmarkMain.options(7, 1, 1));
        assertEquals(" -Dbench.rounds=5 -Dbench.scale=0.5", BenchmarkMain.options(5, 1, 0.5));
        assertEquals(" -Dbench.warmups=2", BenchmarkMain.options(7, 2, 1));
    }
}
