package io.github.camelhrflow.fuzz;

import java.util.Map;

import io.github.camelhrflow.sandbox.ScriptedAnswer;

/**
 * One generated answer: how it was made (to reproduce it from a failure message), what the sandbox sends, and what the
 * component must make of it.
 */
record FuzzCase(int index, String mutation, int status, String contentType, Map<String, String> headers, byte[] body,
                Expect expect) {

    /** What an answer must become, decided from how it was made, not from what the component does. */
    enum Expect {
        /** A well-formed job answer (2xx, JSON, the sample with fields added or left out): a Job. */
        JOB,
        /** An error status, or a body that cannot be a JSON answer (truncated, HTML): an HrFlowApiException. */
        API_ERROR,
        /** Damage the model may absorb or refuse (wrong types, huge values, bit flips): a Job or an HrFlowApiException. */
        EITHER
    }

    /** The answer the sandbox gives for this case. */
    ScriptedAnswer answer() {
        return new ScriptedAnswer(status, contentType, body, headers, 0, false, null);
    }

    @Override
    public String toString() {
        return "#" + index + " " + mutation + " (expect " + expect + ", status " + status + ", " + contentType + ", "
               + headers + ", "
               + body.length + " bytes)";
    }
}
