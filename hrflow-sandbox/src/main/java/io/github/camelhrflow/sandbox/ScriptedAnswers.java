package io.github.camelhrflow.sandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/** The answers a test scripted: a queue given once each, in order, then a responder asked for every request. */
final class ScriptedAnswers {

    private final List<ScriptedAnswer> queue = new ArrayList<>();
    private Function<RecordedRequest, ScriptedAnswer> responder;

    synchronized void add(List<ScriptedAnswer> answers) {
        queue.addAll(answers);
    }

    synchronized void respondWith(Function<RecordedRequest, ScriptedAnswer> responder) {
        this.responder = responder;
    }

    synchronized void clear() {
        queue.clear();
        responder = null;
    }

    synchronized int queued() {
        return queue.size();
    }

    /** The scripted answer to this request, or null when none applies; a queued answer is used up. */
    ScriptedAnswer next(RecordedRequest request) {
        Function<RecordedRequest, ScriptedAnswer> current;
        synchronized (this) {
            for (Iterator<ScriptedAnswer> it = queue.iterator(); it.hasNext();) {
                ScriptedAnswer answer = it.next();
                if (answer.appliesTo(request.path())) {
                    it.remove();
                    return answer;
                }
            }
            current = responder;
        }
        // outside the lock: requests asking a slow responder must not wait for each other
        return current == null ? null : current.apply(request);
    }
}
