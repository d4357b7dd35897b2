package io.github.camelhrflow.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A source: where HrFlow keeps profiles, as a board keeps jobs.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Source extends Storage {
}
