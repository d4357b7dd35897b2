package io.github.camelhrflow;

import java.time.Duration;

/**
 * The profile asked for does not exist in the source (HrFlow's 400 "Unable to find object").
 */
public class HrFlowProfileNotFoundException extends HrFlowApiException {

    public HrFlowProfileNotFoundException(String message, int statusCode, String hrFlowMessage, Duration retryAfter) {
        super(message, statusCode, hrFlowMessage, retryAfter);
    }
}
