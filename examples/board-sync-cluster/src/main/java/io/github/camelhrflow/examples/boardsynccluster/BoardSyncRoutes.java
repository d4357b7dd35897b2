package io.github.camelhrflow.examples.boardsynccluster;

import io.github.camelhrflow.HrFlowConstants;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;

/**
 * One route per board, each behind a {@code master:} endpoint: only the node that leads the board's namespace in the
 * cluster service polls it. Each job version goes through Camel's idempotent consumer on
 * {@code CamelHrFlowJobVersion}, then into the job table.
 * <p>
 * The consumer delivers at least once (a failover or a failed write replays a few versions); the idempotent
 * consumer makes the writes exactly once. It records a version only once the row is written ({@code eager=false}):
 * with the default (record first, remove on failure) a database that goes away between the two steps would keep
 * the record of a version that was never written, and the version would be filtered out forever.
 */
public class BoardSyncRoutes extends RouteBuilder {

    /** The cluster namespace of a board: {@code hrflow-board-<boardKey>}. */
    public static String namespace(String boardKey) {
        return "hrflow-board-" + boardKey;
    }

    /** The route id of a board. */
    public static String routeId(String boardKey) {
        return "sync-" + boardKey;
    }

    private final NodeSettings settings;
    private final JobTable jobTable;
    private final IdempotentRepository versions;
    private final SyncFigures figures;

    BoardSyncRoutes(NodeSettings settings, JobTable jobTable, IdempotentRepository versions, SyncFigures figures) {
        this.settings = settings;
        this.jobTable = jobTable;
        this.versions = versions;
        this.figures = figures;
    }

    @Override
    public void configure() {
        for (String board : settings.boards()) {
            from("master:" + namespace(board) + ":hrflow:job-storing?boardKey=" + board
                 + "&stateRepository=#" + BoardSyncNode.STATE_REPOSITORY
                 + "&pageSize=" + settings.pageSize() + "&delay=" + settings.pollDelay() + "&initialDelay=0")
                    .routeId(routeId(board))
                    // the boards this node does not prefer: BoardSyncNode joins their elections later
                    .autoStartup(settings.prefers(board))
                    .process(exchange -> figures.received())
                    .idempotentConsumer(header(HrFlowConstants.JOB_VERSION), versions)
                    .eager(false).skipDuplicate(false)
                    .filter(exchangeProperty(Exchange.DUPLICATE_MESSAGE).isEqualTo(true))
                    .process(exchange -> figures.duplicate())
                    .stop()
                    .end()
                    .process(exchange -> jobTable.upsert(exchange.getMessage().getBody(
                            io.github.camelhrflow.model.Job.class)))
                    .process(exchange -> figures.stored())
                    .end();
        }
    }
}
