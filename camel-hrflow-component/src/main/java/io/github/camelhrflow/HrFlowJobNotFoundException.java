package io.github.camelhrflow;

import java.time.Duration;

/**
 * The board or the job asked for does not exist in HrFlow (400 "Unable to find object" or 404).
 */
public class HrFlowJobNotFoundException extends HrFlowApiException {

    public HrFlowJobNotFoundException(String message, int statusCode, String hrFlowMessage, Duration retryAfter) {
        super(message, statusCode, hrFlowMessage, retryAfter);
    }
}
