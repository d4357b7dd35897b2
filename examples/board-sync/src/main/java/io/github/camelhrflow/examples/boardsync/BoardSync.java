package io.github.camelhrflow.examples.boardsync;

import java.util.Properties;

import io.github.camelhrflow.examples.ExampleMain;

/**
 * The board-sync application: a Camel Main whose route runs until it is stopped; its progress counts the job versions
 * written (and failed).
 */
public final class BoardSync extends ExampleMain {

    /** The logger that reports each job version written. */
    public static final String LOG_NAME = "board-sync";

    private BoardSync(Properties properties) {
        super(properties, LOG_NAME, BoardSyncRoutes::new);
    }

    /**
     * @param properties the {@code camel.component.hrflow.*} and {@code hrflow.board} properties, and any
     *                   {@code sync.*} that should win over {@code application.properties}
     */
    public static BoardSync create(Properties properties) {
        return new BoardSync(properties);
    }
}
