package io.github.camelhrflow.examples.profilestodatabase;

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
 * Every profile version of the source, as the {@code hrflow:profile-storing} consumer delivers it, upserted into the
 * row of its profile. An exchange that fails is not handled: the consumer's watermark stays before it and the next
 * poll delivers it again.
 */
public class ProfilesToDatabaseRoutes extends RouteBuilder {

    static final String ROUTE_ID = "profiles-to-database";

    private final JobProgress progress;

    public ProfilesToDatabaseRoutes(JobProgress progress) {
        this.progress = progress;
    }

    @Override
    public void configure() {
        DataSource dataSource = getContext().getRegistry()
                .lookupByNameAndType(SyncConfiguration.DATA_SOURCE, DataSource.class);
        SqlDialect dialect = SqlDialect.of(dataSource);
        dialect.createTable(dataSource, SqlDialect.CREATE_PROFILE_TABLE);

        onException(Exception.class).handled(false).process(this::failed);

        from("hrflow:profile-storing?sourceKey={{hrflow.source}}&delay={{sync.delay}}"
             + "&startFrom=beginning&stateRepository=#" + SyncConfiguration.STATE_REPOSITORY)
                .routeId(ROUTE_ID)
                .process(new ProfileRow())
                .to(dialect.upsertProfileUri())
                .process(this::written);
    }

    private void written(Exchange exchange) {
        Map<?, ?> row = exchange.getMessage().getBody(Map.class);
        progress.succeeded(String.valueOf(row.get(ProfileRow.VERSION)),
                ProfileRow.TABLE + " (" + row.get(ProfileRow.FULL_NAME)
                                                                        + (row.get(ProfileRow.ARCHIVED_AT) == null
                                                                                ? ")" : ", archived)"));
    }

    private void failed(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        progress.failed(exchange.getMessage().getHeader(HrFlowConstants.PROFILE_VERSION, String.class),
                (cause == null ? "unknown error" : cause.getMessage()) + " (comes again at the next poll)");
    }
}
