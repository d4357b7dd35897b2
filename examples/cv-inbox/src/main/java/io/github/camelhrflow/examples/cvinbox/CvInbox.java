package io.github.camelhrflow.examples.cvinbox;

import java.util.Properties;

import io.github.camelhrflow.examples.ExampleMain;

/**
 * The cv-inbox application: a Camel Main whose route parses the CV files dropped into the inbox until it is stopped;
 * its progress counts the files parsed (and refused).
 */
public final class CvInbox extends ExampleMain {

    /** The logger that reports each file parsed or refused. */
    public static final String LOG_NAME = "cv-inbox";

    private CvInbox(Properties properties) {
        super(properties, LOG_NAME, CvInboxRoutes::new);
    }

    /**
     * @param properties the {@code camel.component.hrflow.*} and {@code hrflow.source} properties, and any
     *                   {@code cv.*} or {@code sync.jdbc.*} that should win over {@code application.properties}
     */
    public static CvInbox create(Properties properties) {
        return new CvInbox(properties);
    }
}
