package io.github.camelhrflow.livecheck;

import java.util.Locale;

/**
 * What the check found for one assumption: {@code holds}, {@code differs} (with what was seen) or {@code not checked}
 * (with why).
 */
record Verdict(String assumption, Outcome outcome, String detail) {

    enum Outcome {
        HOLDS("holds"), DIFFERS("differs"), NOT_CHECKED("not checked");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    static Verdict holds(String assumption, String detail) {
        return new Verdict(assumption, Outcome.HOLDS, detail);
    }

    static Verdict differs(String assumption, String detail) {
        return new Verdict(assumption, Outcome.DIFFERS, detail);
    }

    static Verdict notChecked(String assumption, String why) {
        return new Verdict(assumption, Outcome.NOT_CHECKED, why);
    }

    /** The printed line: assumption, outcome, detail. */
    String line() {
        return String.format(Locale.ROOT, "%-34s %-12s %s", assumption, outcome.label(), detail);
    }
}
