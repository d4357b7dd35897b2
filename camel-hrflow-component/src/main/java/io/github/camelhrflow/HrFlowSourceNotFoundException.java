package io.github.camelhrflow;

import java.time.Duration;

/**
 * The source does not exist or is not visible to the API key (HrFlow's 400 "Unable to find object: source"). Always
 * thrown, whatever throwExceptionOnNotFound says: a wrong source is a configuration error, never an empty result.
 */
public class HrFlowSourceNotFoundException extends HrFlowApiException {

    public HrFlowSourceNotFoundException(String message, int statusCode, String hrFlowMessage, Duration retryAfter) {
        super(message, statusCode, hrFlowMessage, retryAfter);
    }
}
