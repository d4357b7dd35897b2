package io.github.camelhrflow.examples.jobtoqueue;

import io.github.camelhrflow.HrFlowApiException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.util.ObjectHelper;

/**
 * Says on a dead letter why it died: the failure's type and message and, when HrFlow answered, its status and message,
 * so that whoever reads the dead letter queue can tell an unknown key (400/404) from bad credentials (401/403).
 */
public class DeadLetterHeaders implements Processor {

    @Override
    public void process(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (cause == null) {
            return;
        }
        Message message = exchange.getMessage();
        message.setHeader(QueueHeaders.ERROR_TYPE, cause.getClass().getName());
        message.setHeader(QueueHeaders.ERROR_MESSAGE, cause.getMessage());
        HrFlowApiException hrFlow = ObjectHelper.getException(HrFlowApiException.class, cause);
        if (hrFlow != null) {
            message.setHeader(QueueHeaders.STATUS_CODE, hrFlow.getStatusCode());
            if (hrFlow.getHrFlowMessage() != null) {
                message.setHeader(QueueHeaders.HRFLOW_MESSAGE, hrFlow.getHrFlowMessage());
            }
        }
    }
}
