package io.github.camelhrflow;

import java.time.Duration;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.HttpResponseAware;

/**
 * HrFlow answered a call with an error, or with something that is not an HrFlow answer at all.
 * <p>
 * Carries the HTTP status, HrFlow's own message and, when the server sent one, how long it asked clients to wait
 * ({@code Retry-After}), so routes can route on them: {@code onException(HrFlowApiException.class).onWhen(...)}.
 */
public class HrFlowApiException extends RuntimeCamelException implements HttpResponseAware {

    private int statusCode;
    private String statusText;
    private final String hrFlowMessage;
    private final Duration retryAfter;

    public HrFlowApiException(String message, int statusCode, String hrFlowMessage, Duration retryAfter) {
        this(message, statusCode, hrFlowMessage, retryAfter, null);
    }

    public HrFlowApiException(String message, int statusCode, String hrFlowMessage, Duration retryAfter,
                              Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.hrFlowMessage = hrFlowMessage;
        this.retryAfter = retryAfter;
    }

    /** The HTTP status code HrFlow answered with. */
    public int getStatusCode() {
        return statusCode;
    }

    /** HrFlow's {@code message} field, or {@code null} when the answer was not an HrFlow JSON envelope. */
    public String getHrFlowMessage() {
        return hrFlowMessage;
    }

    /** How long the server asked to wait before the next call ({@code Retry-After}), or {@code null}. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    @Override
    public int getHttpResponseCode() {
        return statusCode;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.statusCode = code;
    }

    @Override
    public String getHttpResponseStatus() {
        return statusText;
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.statusText = status;
    }
}
