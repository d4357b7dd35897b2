package io.github.camelhrflow.examples.jobtoqueue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhrflow.HrFlowAuthenticationException;
import io.github.camelhrflow.HrFlowJobNotFoundException;
import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.examples.JobProgress;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static net.javacrumbs.jsonunit.JsonMatchers.jsonEquals;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example end to end: the application with its embedded Artemis broker against the embedded sandbox, fed and
 * read by a plain JMS client, as another system would.
 */
class JobToQueueTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNKNOWN_KEY = "0000000000000000000000000000000000000000";
    /** An upper bound for a message to arrive, not a speed expectation. */
    private static final long RECEIVE_TIMEOUT_MS = 10_000;

    @TempDir
    Path brokerData;

    private HrFlowTarget target;
    private HrFlowSandbox sandbox;
    private JobProgress progress;
    private JobToQueue app;
    private JMSContext jms;

    @BeforeEach
    void startSandbox() {
        target = HrFlowTarget.sandbox();
        sandbox = target.sandboxServer();
        progress = new JobProgress(JobToQueue.LOG_NAME, JobProgress.OPEN_ENDED);
    }

    @AfterEach
    void stopAll() throws Exception {
        if (jms != null) {
            jms.close();
        }
        if (app != null) {
            app.close();
        }
        target.close();
    }

    @Test
    void jobsOfGoodKeysReachTheJobsQueueAndBadKeysTheDeadLetterQueueWithTheReason() throws Exception {
        start(target.properties());
        List<String> keys = new ArrayList<>(target.demoJobKeys());
        keys.add(2, UNKNOWN_KEY);
        keys.forEach(key -> jms.createProducer().send(jms.createQueue("hrflow.job-keys"), key));

        Map<String, JsonNode> jobs = new HashMap<>();
        for (Message message : receive("hrflow.jobs", target.demoJobKeys().size())) {
            JsonNode job = JSON.readTree(message.getBody(String.class));
            assertEquals(job.get("key").asText(), message.getStringProperty(QueueHeaders.JOB_KEY));
            jobs.put(job.get("key").asText(), job);
        }
        assertEquals(target.demoJobKeys().size(), jobs.size(), "one message per good key");
        for (String key : target.demoJobKeys()) {
            JsonNode served = sandbox.store().jobByKey(target.boardKey(), key).orElseThrow();
            assertThat("JSON of " + key, jobs.get(key), jsonEquals(served).withTolerance(0));
        }

        Message deadLetter = receive("hrflow.jobs.dlq", 1).get(0);
        assertEquals(UNKNOWN_KEY, deadLetter.getBody(String.class), "the key as it came");
        assertEquals(400, deadLetter.getIntProperty(QueueHeaders.STATUS_CODE));
        assertTrue(deadLetter.getStringProperty(QueueHeaders.HRFLOW_MESSAGE).contains("Unable to find object"),
                deadLetter.getStringProperty(QueueHeaders.HRFLOW_MESSAGE));
        assertEquals(HrFlowJobNotFoundException.class.getName(), deadLetter.getStringProperty(QueueHeaders.ERROR_TYPE));
        assertTrue(deadLetter.getStringProperty(QueueHeaders.ERROR_MESSAGE).contains(UNKNOWN_KEY));

        assertNothingLeft();
        assertEquals(target.demoJobKeys().size(), progress.succeeded());
        assertEquals(1, progress.failed());
    }

    @Test
    void rejectedCredentialsSendTheKeyToTheDeadLetterQueueWithoutTheKeyInAnyHeader() throws Exception {
        Properties properties = target.properties();
        properties.setProperty("camel.component.hrflow.api-key", "askr_wrong_secret");
        start(properties);
        String key = target.demoJobKeys().get(0);
        jms.createProducer().send(jms.createQueue("hrflow.job-keys"), key);

        Message deadLetter = receive("hrflow.jobs.dlq", 1).get(0);
        assertEquals(key, deadLetter.getBody(String.class));
        assertEquals(401, deadLetter.getIntProperty(QueueHeaders.STATUS_CODE));
        assertEquals(HrFlowAuthenticationException.class.getName(),
                deadLetter.getStringProperty(QueueHeaders.ERROR_TYPE));
        for (String name : List.of(QueueHeaders.HRFLOW_MESSAGE, QueueHeaders.ERROR_MESSAGE)) {
            String value = deadLetter.getStringProperty(name);
            assertFalse(value == null || value.contains("askr_wrong_secret"), name + ": " + value);
        }
        assertNothingLeft();
    }

    @Test
    void aThrottledCallIsRetriedAfterTheDelayHrFlowAsksFor() throws Exception {
        start(target.properties());
        sandbox.faults().throttleNext(1).retryAfterSeconds(1);
        String key = target.demoJobKeys().get(1);
        jms.createProducer().send(jms.createQueue("hrflow.job-keys"), key);

        Message job = receive("hrflow.jobs", 1).get(0);
        assertEquals(key, job.getStringProperty(QueueHeaders.JOB_KEY));
        assertEquals(List.of(429, 200), sandbox.requests().stream().map(r -> r.status()).toList());
        assertNothingLeft();
    }

    private void start(Properties properties) throws Exception {
        properties.setProperty("jobs.broker.embedded.data-dir", brokerData.toString());
        app = JobToQueue.start(properties, progress);
        jms = new ActiveMQConnectionFactory(EmbeddedBroker.IN_VM_URL).createContext();
    }

    /** Takes {@code count} messages off a queue, failing when fewer arrive in time. */
    private List<Message> receive(String queue, int count) {
        List<Message> messages = new ArrayList<>();
        try (JMSConsumer consumer = jms.createConsumer(jms.createQueue(queue))) {
            while (messages.size() < count) {
                Message message = consumer.receive(RECEIVE_TIMEOUT_MS);
                assertTrue(message != null, "only " + messages.size() + " of " + count + " messages on " + queue);
                messages.add(message);
            }
        }
        return messages;
    }

    /** Nothing lost and nothing extra: every key was consumed and no queue holds more than was read. */
    private void assertNothingLeft() throws JMSException {
        for (String queue : List.of("hrflow.job-keys", "hrflow.jobs", "hrflow.jobs.dlq")) {
            try (JMSConsumer consumer = jms.createConsumer(jms.createQueue(queue))) {
                Message extra = consumer.receiveNoWait();
                assertNull(extra, "left on " + queue + ": " + (extra == null ? null : extra.getBody(String.class)));
            }
        }
    }
}
