package io.github.camelhrflow.examples.jobtoqueue;

import java.nio.file.Path;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * An ActiveMQ Artemis broker inside the application: reachable in the same JVM at {@code vm://0}, and from other
 * processes when given a TCP acceptor. Messages are persisted in a journal, so they outlive the application.
 */
public final class EmbeddedBroker {

    /** The URL of the broker's in-VM acceptor. */
    public static final String IN_VM_URL = "vm://0";
    /** Where the broker itself puts messages that were redelivered too often. */
    public static final String BROKER_DEAD_LETTERS = "DLQ";
    private static final String EXPIRED = "ExpiryQueue";

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private final Path dataDirectory;
    private final String tcpAcceptor;

    /**
     * @param dataDirectory where the journal lives
     * @param tcpAcceptor   for instance {@code tcp://127.0.0.1:61616}, or blank for in-VM clients only
     */
    public EmbeddedBroker(Path dataDirectory, String tcpAcceptor) {
        this.dataDirectory = dataDirectory;
        this.tcpAcceptor = tcpAcceptor == null || tcpAcceptor.isBlank() ? null : tcpAcceptor.trim();
    }

    public EmbeddedBroker start() throws Exception {
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setName("hrflow-jobs");
        configuration.setPersistenceEnabled(true);
        // NIO works everywhere; AIO needs libaio
        configuration.setJournalType(JournalType.NIO);
        // an example moves small messages: 2 MiB journal files instead of the 10 MiB default
        configuration.setJournalFileSize(2 * 1024 * 1024);
        configuration.setJournalDirectory(dataDirectory.resolve("journal").toString());
        configuration.setBindingsDirectory(dataDirectory.resolve("bindings").toString());
        configuration.setPagingDirectory(dataDirectory.resolve("paging").toString());
        configuration.setLargeMessagesDirectory(dataDirectory.resolve("large-messages").toString());
        // a demo broker on loopback; a shared one needs users and roles (see the README)
        configuration.setSecurityEnabled(false);
        // the broker's own last resort, as in Artemis' default broker.xml: a key whose transaction rolled back ten times
        // (the route could not even reach the dead letter queue) lands on DLQ instead of circling forever
        configuration.addAddressSetting("#", new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(BROKER_DEAD_LETTERS))
                .setExpiryAddress(SimpleString.of(EXPIRED))
                .setMaxDeliveryAttempts(10)
                .setRedeliveryDelay(1000));
        configuration
                .addQueueConfiguration(QueueConfiguration.of(BROKER_DEAD_LETTERS).setRoutingType(RoutingType.ANYCAST));
        configuration.addQueueConfiguration(QueueConfiguration.of(EXPIRED).setRoutingType(RoutingType.ANYCAST));
        configuration.addAcceptorConfiguration("in-vm", IN_VM_URL);
        if (tcpAcceptor != null) {
            configuration.addAcceptorConfiguration("tcp", tcpAcceptor);
        }
        broker.setConfiguration(configuration);
        broker.start();
        return this;
    }

    public void stop() throws Exception {
        broker.stop();
    }

    /** The number of messages waiting on a queue, 0 for a queue that does not exist (yet). */
    public long messageCount(String queue) {
        Queue found = broker.getActiveMQServer().locateQueue(SimpleString.of(queue));
        return found == null ? 0 : found.getMessageCount();
    }

    /** Where this broker can be reached and where it keeps its messages, for the console. */
    public String describe() {
        return "embedded broker at " + IN_VM_URL + (tcpAcceptor == null ? "" : " and " + tcpAcceptor)
               + ", journal in " + dataDirectory;
    }
}
