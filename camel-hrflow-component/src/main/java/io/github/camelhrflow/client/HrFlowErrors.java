package io.github.camelhrflow.client;

import java.time.Duration;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowAuthenticationException;
import io.github.camelhrflow.HrFlowRateLimitException;

/**
 * Turns an HrFlow error answer into the exception a route can act on, with a message that says what to do about it.
 */
final class HrFlowErrors {

    /**
     * The marker HrFlow's own tools use to tell "no such board or job" (or source or profile) from other 400s; HrFlow
     * names the missing kind after it: {@code Invalid parameters. Unable to find object: board}.
     */
    static final String NOT_FOUND_MARKER = "Unable to find object";

    private HrFlowErrors() {
    }

    /**
     * @param resource what the request was about: which "not found" exceptions HrFlow's 400s become (a missing board
     *                 or job, a missing source or profile), and what the messages point at
     * @param read     whether the request only reads (GET): the key permission an authentication failure points at
     */
    static HrFlowApiException fromAnswer(String request, HrFlowResource resource, boolean read, int status,
                                         String hrFlowMessage, String excerpt, Duration retryAfter) {
        String what = hrFlowMessage != null ? hrFlowMessage : excerpt;
        String message = "HrFlow answered " + status + " to " + request + ": " + what;
        if (status == 401 || status == 403) {
            return new HrFlowAuthenticationException(message + ". Check the apiKey and userEmail options: the key"
                                                     + " must be valid for this user and allowed to "
                                                     + (read ? "read " : "write ") + resource.noun() + "s"
                                                     + (read ? " (a write-only askw_ key cannot)."
                                                             : " (a read-only askr_ key cannot)."),
                    status, hrFlowMessage, retryAfter);
        }
        if (status == 400 && hrFlowMessage != null && hrFlowMessage.contains(resource.storageNotFoundMarker())) {
            return resource.storageNotFound(message + ". " + resource.storageHint(), status, hrFlowMessage,
                    retryAfter);
        }
        if (status == 400 && hrFlowMessage != null && hrFlowMessage.contains(NOT_FOUND_MARKER)) {
            return resource.notFound(message + ". " + resource.notFoundHint(), status, hrFlowMessage, retryAfter);
        }
        if (status == 404) {
            return new HrFlowApiException(message + ". HrFlow answers a missing " + resource.noun()
                                          + " with 400, so a 404 means the"
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
