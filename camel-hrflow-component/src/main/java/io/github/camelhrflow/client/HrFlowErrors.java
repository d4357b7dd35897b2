package io.github.camelhrflow.client;

import java.time.Duration;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowAuthenticationException;
import io.github.camelhrflow.HrFlowJobNotFoundException;
import io.github.camelhrflow.HrFlowRateLimitException;

/**
 * Turns an HrFlow error answer into the exception a route can act on, with a message that says what to do about it.
 */
final class HrFlowErrors {

    /** The marker HrFlow's own tools use to tell "no such board or job" from other 400s. */
    static final String NOT_FOUND_MARKER = "Unable to find object";

    private HrFlowErrors() {
    }

    static HrFlowApiException fromAnswer(String request, int status, String hrFlowMessage, String excerpt,
                                         Duration retryAfter) {
        String what = hrFlowMessage != null ? hrFlowMessage : excerpt;
        String message = "HrFlow answered " + status + " to " + request + ": " + what;
        if (status == 401 || status == 403) {
            return new HrFlowAuthenticationException(message + ". Check the apiKey and userEmail options: the key"
                                                     + " must be valid for this user and allowed to read jobs"
                                                     + " (a write-only askw_ key cannot).",
                    status, hrFlowMessage, retryAfter);
        }
        if (status == 404 || status == 400 && hrFlowMessage != null && hrFlowMessage.contains(NOT_FOUND_MARKER)) {
            return new HrFlowJobNotFoundException(message + ". Check the boardKey and the job key or reference"
                                                  + " (set throwExceptionOnNotFound=false to get a null body"
                                                  + " instead).",
                    status, hrFlowMessage, retryAfter);
        }
        if (status == 429) {
            return new HrFlowRateLimitException(message + ". Too many calls" + waitHint(retryAfter), status,
                    hrFlowMessage, retryAfter);
        }
        return new HrFlowApiException(message + waitHint(retryAfter), status, hrFlowMessage, retryAfter);
    }

    /**
     * @param reason why the body could not be read as an HrFlow answer (already free of secrets), or empty
     */
    static HrFlowApiException notAnEnvelope(String request, int status, String contentType, String excerpt,
                                            String reason) {
        return new HrFlowApiException("HrFlow answered " + status + " to " + request + " with a body that is not an"
                                      + " HrFlow JSON answer" + (reason.isEmpty() ? "" : " (" + reason + ")")
                                      + "; content type: " + contentType + "; body starts with: "
                                      + (excerpt.isEmpty() ? "(empty)" : excerpt),
                status, null, null);
    }

    private static String waitHint(Duration retryAfter) {
        return retryAfter == null ? "" : " (HrFlow asked to wait " + retryAfter.toMillis() + " ms before retrying)";
    }
}
