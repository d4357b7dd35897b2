package io.github.camelhrflow.examples.cvinbox;

import java.util.Map;

import javax.sql.DataSource;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.examples.JobProgress;
import io.github.camelhrflow.examples.ProfileRow;
import io.github.camelhrflow.examples.SqlDialect;
import io.github.camelhrflow.examples.SyncConfiguration;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Each file of the inbox parsed by HrFlow into a profile of the source, and the profile upserted into the row of its
 * key. The file consumer moves a file to {@code .done} once its row is written, to {@code .failed} when HrFlow
 * refuses it or the row cannot be written; the route goes on with the next file either way. The reference of each
 * profile is the SHA-256 of its file, so a file dropped again (or renamed) finds the profile already parsed and makes
 * no second one.
 */
public class CvInboxRoutes extends RouteBuilder {

    static final String ROUTE_ID = "cv-inbox";

    private final JobProgress progress;

    public CvInboxRoutes(JobProgress progress) {
        this.progress = progress;
    }

    @Override
    public void configure() {
        DataSource dataSource = getContext().getRegistry()
                .lookupByNameAndType(SyncConfiguration.DATA_SOURCE, DataSource.class);
        SqlDialect dialect = SqlDialect.of(dataSource);
        dialect.createTable(dataSource, SqlDialect.CREATE_PROFILE_TABLE);

        // not handled: the exchange fails, and the file consumer moves the file to .failed
        onException(Exception.class).handled(false).process(this::failed);

        from("file:{{cv.inbox}}?move=.done&moveFailed=.failed&delay={{cv.poll-delay}}")
                .routeId(ROUTE_ID)
                .to("hrflow:profile-parsing?sourceKey={{hrflow.source}}&awaitInterval={{cv.await-interval}}")
                .process(new ProfileRow())
                .to(dialect.upsertProfileUri())
                .process(this::written);
    }

    private void written(Exchange exchange) {
        Map<?, ?> row = exchange.getMessage().getBody(Map.class);
        progress.succeeded(exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class),
                exchange.getMessage().getHeader(HrFlowConstants.PARSING_RESULT, String.class) + ", "
                                                                                              + ProfileRow.TABLE
                                                                                              + " ("
                                                                                              + row.get(
                                                                                                      ProfileRow.VERSION)
                                                                                              + ")");
    }

    private void failed(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        progress.failed(exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class),
                (cause == null ? "unknown error" : cause.getMessage()) + " (moved to .failed)");
    }
}
