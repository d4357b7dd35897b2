package io.github.camelhrflow.examples.boardsynccluster;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.state.ConnectionState;
import org.apache.curator.framework.state.ConnectionStateListener;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ties a node's polling to its ZooKeeper connection, which camel-zookeeper 4.18.0 does not do by itself.
 * <p>
 * When the connection is SUSPENDED, Curator cancels the node's {@code LeaderSelector}s, but
 * {@code ZooKeeperClusterView} then asks ZooKeeper who leads before it tells the {@code master:} consumer, which fails
 * while the connection is away: the consumer goes on polling, and the selector is never queued again, so after the
 * outage no node runs for the board while the old leader still polls it. A node cut off from ZooKeeper cannot know
 * whether another node leads now (its session may have expired), so it must assume it lost. This guard:
 * <ul>
 * <li>on SUSPENDED or LOST closes a fence at once (on Curator's event thread), an HTTP request interceptor that fails
 * every HrFlow request of the node: no poll page leaves it while its leadership is unknown, whatever state the
 * consumers are in; then stops the board routes, so that the {@code master:} consumers stop their pollers and release
 * their views (which leaves the elections);</li>
 * <li>on RECONNECTED opens the fence and starts the routes again: each {@code master:} consumer takes its view back,
 * which queues the selector again, so the node runs for every board again. The boards it does not prefer join
 * {@code standbyDelay} ms later, as at start-up, so that the boards spread over the nodes again.</li>
 * </ul>
 * Routes are stopped and started on one thread of its own, in the order of the events (never on Curator's event
 * thread, which a route stop would hold up).
 */
final class ZooKeeperConnectionGuard implements ConnectionStateListener, HttpRequestInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(ZooKeeperConnectionGuard.class);
    /** How long a stopping route may finish the exchange in hand; the fence already keeps HrFlow out of it. */
    private static final long ROUTE_STOP_SECONDS = 5;

    private final CamelContext context;
    private final NodeSettings settings;
    private final ScheduledExecutorService routeControl;
    private volatile boolean connected;
    /** Bumped by each event; a delayed join of an older connection does nothing. Used on routeControl only. */
    private int connectionGeneration;

    ZooKeeperConnectionGuard(CamelContext context, NodeSettings settings) {
        this.context = context;
        this.settings = settings;
        this.routeControl = context.getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "zookeeper-connection-guard");
    }

    /**
     * Called once the context has started: the preferred boards' routes started with it, and a node that waits
     * before it runs for the others lets each board go to a node that prefers it, while any board nobody else holds
     * is still taken.
     */
    void contextStarted() {
        routeControl.execute(() -> joinOthersLater(connectionGeneration));
    }

    /** Whether the node's ZooKeeper connection is up (the fence is open). */
    boolean isConnected() {
        return connected;
    }

    @Override
    public void stateChanged(CuratorFramework client, ConnectionState newState) {
        connected = newState.isConnected();
        LOG.info("Node {}: ZooKeeper connection {}", settings.nodeId(), newState);
        if (newState == ConnectionState.SUSPENDED || newState == ConnectionState.LOST) {
            routeControl.execute(this::leaveElections);
        } else if (newState == ConnectionState.RECONNECTED) {
            routeControl.execute(this::rejoinElections);
        }
    }

    /** The fence: no HrFlow request while the node cannot tell whether it still leads. */
    @Override
    public void process(HttpRequest request, EntityDetails entity, HttpContext httpContext) throws IOException {
        if (!connected) {
            throw new IOException("Node " + settings.nodeId() + " has no ZooKeeper connection: it may no longer lead"
                                  + " the board, so it sends nothing to HrFlow until the connection is back");
        }
    }

    private void leaveElections() {
        connectionGeneration++;
        for (String board : settings.boards()) {
            String routeId = BoardSyncRoutes.routeId(board);
            try {
                if (context.getRouteController().getRouteStatus(routeId) == ServiceStatus.Started) {
                    context.getRouteController().stopRoute(routeId, ROUTE_STOP_SECONDS, TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                LOG.warn("Node {}: could not stop the route of board {}: {}", settings.nodeId(), board, e.getMessage());
            }
        }
    }

    private void rejoinElections() {
        int generation = ++connectionGeneration;
        startRoutes(settings.boards().stream().filter(settings::prefers).toList());
        joinOthersLater(generation);
    }

    private void joinOthersLater(int generation) {
        List<String> others = settings.boards().stream().filter(board -> !settings.prefers(board)).toList();
        if (others.isEmpty()) {
            return;
        }
        routeControl.schedule(() -> {
            if (generation == connectionGeneration && connected) {
                startRoutes(others);
            }
        }, settings.standbyDelay(), TimeUnit.MILLISECONDS);
    }

    private void startRoutes(List<String> boards) {
        for (String board : boards) {
            try {
                if (context.getStatus().isStarted()) {
                    context.getRouteController().startRoute(BoardSyncRoutes.routeId(board));
                }
            } catch (Exception e) {
                LOG.warn("Node {}: could not join the election of board {}: {}", settings.nodeId(), board,
                        e.getMessage());
            }
        }
    }
}
