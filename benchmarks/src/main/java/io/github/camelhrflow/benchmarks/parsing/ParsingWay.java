package io.github.camelhrflow.benchmarks.parsing;

import io.github.camelhrflow.HrFlowParsingOptions;

/**
 * The ways the parsing row sends a folder of CVs to HrFlow and waits for their profiles, in pairs of the same
 * concurrency: camel-hrflow's default of 16 files in flight beside the hand-written route made to hold 16, and every
 * file in flight, which is what the hand-written route does as written (Camel's {@code delay} is asynchronous by
 * default, so the file consumer goes on to the next file as soon as one is uploaded), beside camel-hrflow allowed as
 * many.
 */
public enum ParsingWay {

    /** {@code to("hrflow:profile-parsing?sourceKey=...")}, every option at its default. */
    CAMEL_HRFLOW("camel-hrflow, `to(\"hrflow:profile-parsing\")`, defaults"),
    /**
     * camel-http's multipart POST, then a {@code loopDoWhile} of {@code delay} and GET behind {@code threads(16)},
     * the delay made synchronous: without that the threads only bound the uploads, not the files waited for.
     */
    HAND_WRITTEN_THREADS("camel-http + `loopDoWhile`/`delay(…).syncDelayed()` behind `threads("
                         + HrFlowParsingOptions.DEFAULT_MAX_CONCURRENT_PARSING + ")`"),
    /** camel-hrflow with {@code maxConcurrentParsing} the number of files. */
    CAMEL_HRFLOW_ALL("camel-hrflow, `maxConcurrentParsing=` the number of files"),
    /** The hand-written route as users write it: no {@code threads}, Camel's default (asynchronous) delay. */
    HAND_WRITTEN("camel-http + `loopDoWhile`/`delay(…)`, as written");

    private final String label;

    ParsingWay(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Files in flight at most, for a run of {@code files} files. */
    public int inFlight(int files) {
        return this == CAMEL_HRFLOW || this == HAND_WRITTEN_THREADS
                ? Math.min(files, HrFlowParsingOptions.DEFAULT_MAX_CONCURRENT_PARSING) : files;
    }

    /** For a camel-hrflow way, the hand-written way of the same concurrency; else null. */
    public ParsingWay handWritten() {
        return switch (this) {
            case CAMEL_HRFLOW -> HAND_WRITTEN_THREADS;
            case CAMEL_HRFLOW_ALL -> HAND_WRITTEN;
            default -> null;
        };
    }
}
