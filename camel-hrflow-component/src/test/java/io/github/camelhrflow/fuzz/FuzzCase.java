package io.github.camelhrflow.fuzz;

import java.util.Map;

import io.github.camelhrflow.support.StubHrFlowServer.Reply;

/**
 * One generated answer: how it was made (to reproduce it from a failure message) and what the server sends.
 */
record FuzzCase(int index, String mutation, int status, String contentType, Map<String, String> headers, byte[] body) {

    Reply reply() {
        return new Reply(status, contentType, body, headers, 0, false);
    }

    @Override
    public String toString() {
        return "#" + index + " " + mutation + " (status " + status + ", " + contentType + ", " + headers + ", "
               + body.length + " bytes)";
    }
}
