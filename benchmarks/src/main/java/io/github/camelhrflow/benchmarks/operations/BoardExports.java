package io.github.camelhrflow.benchmarks.operations;

/** What both ways of exporting a board must agree on. */
final class BoardExports {

    private BoardExports() {
    }

    static void check(int expected, long jobs) {
        if (jobs != expected) {
            throw new IllegalStateException("The board export gave " + jobs + " jobs, expected " + expected);
        }
    }
}
