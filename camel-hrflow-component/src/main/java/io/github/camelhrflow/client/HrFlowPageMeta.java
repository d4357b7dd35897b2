package io.github.camelhrflow.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code meta} of a {@code storing/jobs} answer.
 *
 * @param page    the page answered, from 1
 * @param maxPage the last page that holds jobs
 * @param count   the jobs on this page
 * @param total   the jobs that match, all pages together
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HrFlowPageMeta(@JsonProperty("page") int page, @JsonProperty("maxPage") int maxPage,
                             @JsonProperty("count") int count, @JsonProperty("total") int total) {
}
