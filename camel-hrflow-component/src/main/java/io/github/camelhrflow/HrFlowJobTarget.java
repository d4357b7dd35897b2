package io.github.camelhrflow;

import io.github.camelhrflow.client.JobLookup;
import io.github.camelhrflow.model.Job;
import org.apache.camel.Message;

/**
 * Which board and which job a message is about: headers first, then the endpoint's options, then, for the operations
 * that allow it, the body job. The board is the {@code CamelHrFlowBoardKey} header, else {@code boardKey}, else the
 * body job's {@code board_key}. The job: when the {@code CamelHrFlowJobKey} or {@code CamelHrFlowJobReference} header
 * is present, the headers alone name it (the key when both are); otherwise the {@code key} or {@code reference} option.
 * The README's "Which job: options and headers" is the user's version of these rules.
 */
final class HrFlowJobTarget {

    private HrFlowJobTarget() {
    }

    /** The board: the header, else the option, else the body job's {@code board_key} (may be {@code null}). */
    static String boardKey(HrFlowEndpoint endpoint, Message message, Job body) {
        String boardKey = message.getHeader(HrFlowConstants.BOARD_KEY, endpoint.getBoardKey(), String.class);
        if (isBlank(boardKey) && body != null) {
            boardKey = body.getBoardKey();
        }
        if (isBlank(boardKey)) {
            throw new IllegalArgumentException("No board for " + endpoint.getEndpointBaseUri() + ": set its"
                                               + " boardKey option or the " + HrFlowConstants.BOARD_KEY + " header"
                                               + (body != null ? ", or board_key in the body job." : "."));
        }
        return boardKey;
    }

    /**
     * The job the headers or the endpoint's options name: the key header wins over the reference header (a job key
     * is HrFlow's own id), and either header wins over the options. {@code null} when nothing names a job.
     */
    static JobLookup fromHeadersOrOptions(HrFlowEndpoint endpoint, Message message, String boardKey) {
        String keyHeader = message.getHeader(HrFlowConstants.JOB_KEY, String.class);
        if (!isBlank(keyHeader)) {
            endpoint.warnHeaderOverrideOnce(HrFlowConstants.JOB_KEY);
            return JobLookup.byKey(boardKey, keyHeader);
        }
        String referenceHeader = message.getHeader(HrFlowConstants.JOB_REFERENCE, String.class);
        if (!isBlank(referenceHeader)) {
            endpoint.warnHeaderOverrideOnce(HrFlowConstants.JOB_REFERENCE);
            return JobLookup.byReference(boardKey, referenceHeader);
        }
        if (endpoint.getKey() != null) {
            return JobLookup.byKey(boardKey, endpoint.getKey());
        }
        if (endpoint.getReference() != null) {
            return JobLookup.byReference(boardKey, endpoint.getReference());
        }
        return null;
    }

    /** The job the body names: its key, else its reference; {@code null} when it has neither. */
    static JobLookup fromBody(Job body, String boardKey) {
        if (!isBlank(body.getKey())) {
            return JobLookup.byKey(boardKey, body.getKey());
        }
        if (!isBlank(body.getReference())) {
            return JobLookup.byReference(boardKey, body.getReference());
        }
        return null;
    }

    static IllegalArgumentException noJob(HrFlowEndpoint endpoint, String what) {
        return new IllegalArgumentException("No job to " + what + ": set the key or reference option of "
                                            + endpoint.getEndpointBaseUri() + ", or the header "
                                            + HrFlowConstants.JOB_KEY + " or " + HrFlowConstants.JOB_REFERENCE
                                            + " (blank values do not count).");
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
