package io.github.camelhrflow;

import java.time.Duration;

/**
 * The job asked for does not exist in the board (HrFlow's 400 "Unable to find object").
 */
public class HrFlowJobNotFoundException extends HrFlowApiException {

    public HrFlowJobNotFoundException(String message, int statusCode, String hrFlowMessage, Duration retryAfter) {
        super(message, statusCode, hrFlowMessage, retryAfter);
    }
}
