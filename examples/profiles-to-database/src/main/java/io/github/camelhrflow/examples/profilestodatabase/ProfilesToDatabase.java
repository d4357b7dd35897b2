package io.github.camelhrflow.examples.profilestodatabase;

import java.util.Properties;

import io.github.camelhrflow.examples.ExampleMain;

/**
 * The profiles-to-database application: a Camel Main whose route follows a source until it is stopped; its progress
 * counts the profile versions written (and failed).
 */
public final class ProfilesToDatabase extends ExampleMain {

    /** The logger that reports each profile version written. */
    public static final String LOG_NAME = "profiles-to-database";

    private ProfilesToDatabase(Properties properties) {
        super(properties, LOG_NAME, ProfilesToDatabaseRoutes::new);
    }

    /**
     * @param properties the {@code camel.component.hrflow.*} and {@code hrflow.source} properties, and any
     *                   {@code sync.*} that should win over {@code application.properties}
     */
    public static ProfilesToDatabase create(Properties properties) {
        return new ProfilesToDatabase(properties);
    }
}
