package io.github.camelhrflow.examples.jobtodatabase;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import io.github.camelhrflow.model.Job;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Turns a {@link Job} body into the columns of its row, named as the statements' {@code :#parameters}: the columns
 * to query by, and the whole job as JSON for everything else.
 */
public class JobRow implements Processor {

    /** The column of the job's title. */
    public static final String NAME = "name";

    @Override
    public void process(Exchange exchange) throws Exception {
        Job job = exchange.getMessage().getMandatoryBody(Job.class);
        Map<String, Object> row = new HashMap<>();
        row.put("job_key", job.getKey());
        row.put("reference", job.getReference());
        row.put("board_key", job.getBoardKey());
        row.put(NAME, job.getName());
        row.put("location_text", job.getLocation() == null ? null : job.getLocation().getText());
        row.put("created_at", job.getCreatedAtDateTime());
        row.put("updated_at", job.getUpdatedAtDateTime());
        row.put("archived", job.isArchived());
        // the component's type converter writes exactly what HrFlow sent, unknown fields included
        row.put("job_json", exchange.getContext().getTypeConverter().mandatoryConvertTo(String.class, exchange, job));
        row.put("fetched_at", OffsetDateTime.now(ZoneOffset.UTC));
        exchange.getMessage().setBody(row);
    }
}
