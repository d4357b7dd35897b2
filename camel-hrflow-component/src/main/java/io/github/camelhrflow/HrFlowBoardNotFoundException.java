package io.github.camelhrflow;

import java.time.Duration;

/**
 * The board does not exist or is not visible to the API key (HrFlow's 400 "Unable to find object: board"). Always
 * thrown, whatever throwExceptionOnNotFound says: a wrong board is a configuration error, never an empty result.
 */
public class HrFlowBoardNotFoundException extends HrFlowApiException {

    public HrFlowBoardNotFoundException(String message, int statusCode, String hrFlowMessage, Duration retryAfter) {
        super(message, statusCode, hrFlowMessage, retryAfter);
    }
}
