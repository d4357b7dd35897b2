package io.github.camelhrflow;

import java.time.Duration;

/**
 * HrFlow rejected the credentials (401 or 403): check apiKey and userEmail.
 */
public class HrFlowAuthenticationException extends HrFlowApiException {

    public HrFlowAuthenticationException(String message, int statusCode, String hrFlowMessage, Duration retryAfter) {
        super(message, statusCode, hrFlowMessage, retryAfter);
    }
}
