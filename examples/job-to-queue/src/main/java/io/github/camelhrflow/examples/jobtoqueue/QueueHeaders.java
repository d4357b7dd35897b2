package io.github.camelhrflow.examples.jobtoqueue;

/**
 * Names of the JMS properties this example sets. Camel keeps its own {@code Camel*} headers off JMS messages, so the
 * job key and the error details travel under these names.
 */
public final class QueueHeaders {

    /** On the jobs queue: the key of the job in the body. */
    public static final String JOB_KEY = "HrFlowJobKey";
    /** On the dead letter queue: the HTTP status HrFlow answered with, absent when HrFlow never answered. */
    public static final String STATUS_CODE = "HrFlowStatusCode";
    /** On the dead letter queue: HrFlow's own message, absent when the answer was not HrFlow's. */
    public static final String HRFLOW_MESSAGE = "HrFlowMessage";
    /** On the dead letter queue: the class of the exception. */
    public static final String ERROR_TYPE = "ErrorType";
    /** On the dead letter queue: the exception's message (never holds the API key). */
    public static final String ERROR_MESSAGE = "ErrorMessage";

    private QueueHeaders() {
    }
}
