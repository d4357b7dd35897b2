package io.github.camelhrflow.state;

import org.apache.camel.RuntimeCamelException;

/**
 * A state could not be read from or written to the database. A consumer that gets it from {@code setState} has not
 * saved its watermark, so it must not move past it.
 */
public class JdbcStateException extends RuntimeCamelException {

    private static final long serialVersionUID = 1L;

    public JdbcStateException(String message, Throwable cause) {
        super(message, cause);
    }
}
