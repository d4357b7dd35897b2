package io.github.camelhrflow.examples.boardsync;

import java.util.Map;

import javax.sql.DataSource;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.examples.JobProgress;
import io.github.camelhrflow.examples.SqlDialect;
import io.github.camelhrflow.examples.SyncConfiguration;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;

/**
 * Every job version of the board, as the {@code hrflow:job-storing} consumer delivers it, upserted into the row of
 * its job. An exchange that fails is not handled: the consumer's watermark stays before it and the next poll
 * delivers it again.
 */
public class BoardSyncRoutes extends RouteBuilder {

    static final String JOB_TABLE = "hrflow_board_job";
    static final String ROUTE_ID = "board-sync";

    private final JobProgress progress;

    public BoardSyncRoutes(JobProgress progress) {
        this.progress = progress;
    }

    @Override
    public void configure() {
        DataSource dataSource = getContext().getRegistry()
                .lookupByNameAndType(SyncConfiguration.DATA_SOURCE, DataSource.class);
        SqlDialect dialect = SqlDialect.of(dataSource);
        dialect.createTable(dataSource);

        onException(Exception.class).handled(false).process(this::failed);

        RouteDefinition route = from("hrflow:job-storing?boardKey={{hrflow.board}}&delay={{sync.delay}}"
                                     + "&startFrom=beginning&stateRepository=#" + SyncConfiguration.STATE_REPOSITORY)
                .routeId(ROUTE_ID);
        if (Boolean.parseBoolean(getContext().resolvePropertyPlaceholders("{{sync.skip-seen-versions}}"))) {
            // a version is remembered only once its row is written (eager=false): a failed write comes again
            route.idempotentConsumer(header(HrFlowConstants.JOB_VERSION))
                    .idempotentRepository(SyncConfiguration.SEEN_VERSIONS).eager(false)
                    .process(new BoardJobRow())
                    .to(dialect.upsertJobUri())
                    .process(this::written);
        } else {
            route.process(new BoardJobRow())
                    .to(dialect.upsertJobUri())
                    .process(this::written);
        }
    }

    private void written(Exchange exchange) {
        Map<?, ?> row = exchange.getMessage().getBody(Map.class);
        progress.succeeded(exchange.getMessage().getHeader(HrFlowConstants.JOB_VERSION, String.class),
                JOB_TABLE + " (" + row.get(BoardJobRow.NAME) + (row.get(BoardJobRow.ARCHIVED_AT) == null ? ")"
                        : ", archived)"));
    }

    private void failed(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        progress.failed(exchange.getMessage().getHeader(HrFlowConstants.JOB_VERSION, String.class),
                (cause == null ? "unknown error" : cause.getMessage()) + " (comes again at the next poll)");
    }
}
