package io.github.camelhrflow.consumer;

/**
 * Whether the long forms of the sync's proofs run: every seed rather than a few. The README's test command runs the
 * short forms; {@code mvn -B -pl camel-hrflow-component -am verify -Plong-proofs} runs the long ones.
 */
final class LongProofs {

    private LongProofs() {
    }

    static boolean enabled() {
        return Boolean.getBoolean("proofs.long");
    }
}
