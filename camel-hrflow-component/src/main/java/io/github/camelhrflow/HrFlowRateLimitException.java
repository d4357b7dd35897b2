package io.github.camelhrflow;

import java.time.Duration;

/**
 * HrFlow refused the call because too many were made (429); {@link #getRetryAfter()} tells how long to wait when HrFlow said so.
 */
public class HrFlowRateLimitException extends HrFlowApiException {

    public HrFlowRateLimitException(String message, int statusCode, String hrFlowMessage, Duration retryAfter) {
        super(message, statusCode, hrFlowMessage, retryAfter);
    }
}
