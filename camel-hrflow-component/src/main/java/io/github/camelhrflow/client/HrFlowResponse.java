package io.github.camelhrflow.client;

/**
 * A successful HrFlow answer: the HTTP status and the {@code data} of HrFlow's envelope.
 */
public record HrFlowResponse<T>(int statusCode, T data) {
}
