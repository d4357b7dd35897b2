package io.github.camelhrflow.examples;

import java.util.List;

/**
 * The job keys an example works on: those given on its command line, else, on the sandbox, the keys of the demo
 * board, so that a bare run has something to do.
 */
public final class JobKeys {

    private JobKeys() {
    }

    /**
     * @param arguments job keys; blank ones are skipped
     * @throws IllegalArgumentException when none are given and the target is the real API, whose keys we cannot guess
     */
    public static List<String> fromArguments(List<String> arguments, HrFlowTarget target) {
        List<String> keys = arguments.stream().map(String::trim).filter(key -> !key.isEmpty()).toList();
        if (!keys.isEmpty()) {
            return keys;
        }
        if (target.isSandbox()) {
            return target.demoJobKeys();
        }
        throw new IllegalArgumentException("No job key given: pass the keys of jobs of board " + target.boardKey()
                                           + " as arguments.");
    }
}
