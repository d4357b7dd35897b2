package io.github.camelhrflow.examples.boardsync;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.model.Job;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ExchangeHelper;

/**
 * Turns a {@link Job} delivered by the consumer into the columns of its row, named as the statements'
 * {@code :#parameters}: the columns to query by, the version the row holds, and the whole job as JSON.
 */
public class BoardJobRow implements Processor {

    /** The column of the job's title. */
    public static final String NAME = "name";
    /** The column set when HrFlow archived the job; null for a live job. */
    public static final String ARCHIVED_AT = "archived_at";

    @Override
    public void process(Exchange exchange) throws Exception {
        Job job = exchange.getMessage().getMandatoryBody(Job.class);
        Map<String, Object> row = new HashMap<>();
        row.put("job_key", job.getKey());
        row.put("reference", job.getReference());
        row.put("board_key", exchange.getMessage().getHeader(HrFlowConstants.BOARD_KEY, String.class));
        row.put(NAME, job.getName());
        row.put("location_text", job.getLocation() == null ? null : job.getLocation().getText());
        row.put("created_at", job.getCreatedAtDateTime());
        row.put("updated_at", job.getUpdatedAtDateTime());
        row.put(ARCHIVED_AT, job.getArchivedAtDateTime());
        row.put("job_version", ExchangeHelper.getMandatoryHeader(exchange, HrFlowConstants.JOB_VERSION, String.class));
        // the component's type converter writes exactly what HrFlow sent, unknown fields included
        row.put("job_json", exchange.getContext().getTypeConverter().mandatoryConvertTo(String.class, exchange, job));
        row.put("synced_at", OffsetDateTime.now(ZoneOffset.UTC));
        exchange.getMessage().setBody(row);
    }
}
