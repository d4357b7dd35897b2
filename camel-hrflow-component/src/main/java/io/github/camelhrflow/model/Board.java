package io.github.camelhrflow.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A job board: where HrFlow keeps jobs.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Board extends Storage {
}
