package io.github.camelhrflow.client;

import java.time.Duration;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowAuthenticationException;
import io.github.camelhrflow.HrFlowBoardNotFoundException;
import io.github.camelhrflow.HrFlowJobNotFoundException;
import io.github.camelhrflow.HrFlowRateLimitException;

/**
 * Turns an HrFlow error answer into the exception a route can act on, with a message that says what to do about it.
 */
final class HrFlowErrors {

    /** The marker HrFlow's own tools use to tell "no such board or job" from other 400s. */
    static final String NOT_FOUND_MARKER = "Unable to find object";
    private static final String BOARD_NOT_FOUND_MARKER = NOT_FOUND_MARKER + ": board";

    private HrFlowErrors() {
    }

    /**
     * @param read whether the request only reads (GET): the key permission an authentication failure points at
     */
    static HrFlowApiException fromAnswer(String request, boolean read, int status, String hrFlowMessage,
                                         String excerpt, Duration retryAfter) {
        String what = hrFlowMessage != null ? hrFlowMessage : excerpt;
        String message = "HrFlow answered " + status + " to " + request + ": " + what;
        if (status == 401 || status == 403) {
            return new HrFlowAuthenticationException(message + ". Check the apiKey and userEmail options: the key"
                                                     + " must be valid for this user and allowed to "
                                                     + (read ? "read jobs (a write-only askw_ key cannot)."
                                                             : "write jobs (a read-only askr_ key cannot)."),
                    status, hrFlowMessage, retryAfter);
        }
        if (status == 400 && hrFlowMessage != null && hrFlowMessage.contains(BOARD_NOT_FOUND_MARKER)) {
            return new HrFlowBoardNotFoundException(message + ". Check the boardKey option or the"
                                                    + " CamelHrFlowBoardKey header: no such board is visible to"
                                                    + " this API key.",
                    status, hrFlowMessage, retryAfter);
        }
        if (status == 400 && hrFlowMessage != null && hrFlowMessage.contains(NOT_FOUND_MARKER)) {
            return new HrFlowJobNotFoundException(message + ". Check the job key or reference (the key, reference"
                                                  + " options or the CamelHrFlowJobKey, CamelHrFlowJobReference"
                                                  + " headers); with throwExceptionOnNotFound=false a missing job"
                                                  + " does not fail the exchange.",
                    status, hrFlowMessage, retryAfter);
        }
        if (status == 404) {
            return new HrFlowApiException(message + ". HrFlow answers a missing job with 400, so a 404 means the"
                                          + " request went to the wrong address: check the baseUrl option (it"
                                          + " ends with /v1, e.g. https://api.hrflow.ai/v1).",
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
