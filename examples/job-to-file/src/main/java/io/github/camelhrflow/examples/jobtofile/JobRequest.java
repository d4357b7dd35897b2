package io.github.camelhrflow.examples.jobtofile;

import picocli.CommandLine;

/**
 * One job to fetch, written as its key ({@code 4f7513857fe1d6dfa3e6dc29a3227654f3fde176}) or as {@code ref:} and its
 * reference ({@code ref:DEMO-BE-001}).
 */
public record JobRequest(String key, String reference) {

    static final String REFERENCE_PREFIX = "ref:";

    public static JobRequest parse(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("A job is given by its key or by ref:<reference>, not by a blank line");
        }
        if (trimmed.startsWith(REFERENCE_PREFIX)) {
            return new JobRequest(null, trimmed.substring(REFERENCE_PREFIX.length()));
        }
        return new JobRequest(trimmed, null);
    }

    /** Reads a command-line argument; picocli reports a blank one as a bad value. */
    public static final class Converter implements CommandLine.ITypeConverter<JobRequest> {
        @Override
        public JobRequest convert(String value) {
            return parse(value);
        }
    }

    @Override
    public String toString() {
        return key != null ? key : REFERENCE_PREFIX + reference;
    }
}
