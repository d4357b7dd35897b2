package io.github.camelhrflow.examples.jobtoqueue;

import java.nio.file.Path;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;

/**
 * The JMS connection to the broker named by {@code jobs.broker.url}. An in-VM URL ({@code vm://0}, the default) can
 * only mean a broker in this JVM, so then the broker is started here too, before any route, and stopped with Camel.
 */
public class BrokerConfiguration implements CamelConfiguration {

    /** The registry name of the embedded broker, when there is one. */
    public static final String BROKER = "jobsBroker";

    @PropertyInject("jobs.broker.url")
    private String url;

    @PropertyInject(value = "jobs.broker.user", defaultValue = "")
    private String user;

    @PropertyInject(value = "jobs.broker.password", defaultValue = "")
    private String password;

    @PropertyInject(value = "jobs.broker.embedded.data-dir", defaultValue = "data/broker")
    private String dataDirectory;

    @PropertyInject(value = "jobs.broker.embedded.acceptor", defaultValue = "")
    private String acceptor;

    @Override
    public void configure(CamelContext camelContext) throws Exception {
        if (url.startsWith("vm:")) {
            EmbeddedBroker broker = new EmbeddedBroker(Path.of(dataDirectory), acceptor).start();
            camelContext.getRegistry().bind(BROKER, EmbeddedBroker.class, broker, null, "stop");
        }
    }

    @BindToRegistry("jobsConnectionFactory")
    public ConnectionFactory jobsConnectionFactory() {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
        if (!user.isBlank()) {
            factory.setUser(user);
            factory.setPassword(password);
        }
        return factory;
    }
}
