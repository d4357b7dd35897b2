package io.github.camelhrflow.examples.boardsynccluster;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.apache.camel.spi.PropertiesComponent;

/**
 * What one node of the board-sync cluster needs to know; every node of a cluster shares all of it but {@code nodeId}.
 *
 * @param nodeId         this node's name in ZooKeeper and in its HTTP {@code User-Agent}: unique per node
 * @param zooKeeper      the ZooKeeper connect string, {@code host:port[,host:port...]}
 * @param sessionTimeout the ZooKeeper session timeout in ms: how long a dead node keeps its boards
 * @param jdbcUrl        the shared database (PostgreSQL; {@code jdbc:h2:} for a quick try)
 * @param boards         the HrFlow board keys to keep in sync; each gets one leader in the cluster
 * @param hrflowBaseUrl  HrFlow's API root ({@code https://api.hrflow.ai/v1}, or the sandbox's)
 * @param pollDelay      ms between two polls of a board by its leader
 * @param pageSize       jobs per {@code storing/jobs} request
 * @param preferred      boards this node runs for at once; it joins the others' elections after
 *                       {@code standbyDelay} ms, so that boards spread over the nodes (empty: all at once)
 */
public record NodeSettings(String nodeId, String zooKeeper, long sessionTimeout, String jdbcUrl, String jdbcUser,
                           String jdbcPassword, List<String> boards, String hrflowBaseUrl, String apiKey,
                           String userEmail, long pollDelay,
                           int pageSize, List<String> preferred, long standbyDelay) {

    public NodeSettings {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(zooKeeper, "zooKeeper");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        boards = List.copyOf(boards);
        preferred = preferred == null ? List.of() : List.copyOf(preferred);
        if (boards.isEmpty()) {
            throw new IllegalArgumentException("board-sync.boards names no board");
        }
    }

    /** Reads the {@code board-sync.*} and {@code hrflow.*} properties (application.properties, env, -D). */
    public static NodeSettings from(PropertiesComponent properties) {
        return new NodeSettings(
                required(properties, "board-sync.node-id"),
                required(properties, "board-sync.zookeeper"),
                Long.parseLong(properties.resolveProperty("board-sync.session-timeout").orElse("15000")),
                required(properties, "board-sync.jdbc-url"),
                properties.resolveProperty("board-sync.jdbc-user").orElse(null),
                properties.resolveProperty("board-sync.jdbc-password").orElse(null),
                Arrays.stream(required(properties, "board-sync.boards").split(","))
                        .map(String::trim).filter(board -> !board.isEmpty()).toList(),
                required(properties, "hrflow.base-url"),
                required(properties, "hrflow.api-key"),
                required(properties, "hrflow.user-email"),
                Long.parseLong(properties.resolveProperty("board-sync.poll-delay").orElse("5000")),
                Integer.parseInt(properties.resolveProperty("board-sync.page-size").orElse("100")),
                Arrays.stream(properties.resolveProperty("board-sync.preferred-boards").orElse("").split(","))
                        .map(String::trim).filter(board -> !board.isEmpty()).toList(),
                Long.parseLong(properties.resolveProperty("board-sync.standby-delay").orElse("10000")));
    }

    /** A copy for another node (tests start several from one template). */
    public NodeSettings withNode(String id, List<String> preferredBoards) {
        return new NodeSettings(id, zooKeeper, sessionTimeout, jdbcUrl, jdbcUser, jdbcPassword, boards, hrflowBaseUrl,
                apiKey, userEmail, pollDelay, pageSize, preferredBoards, standbyDelay);
    }

    /** Whether this node joins the board's election at once. */
    public boolean prefers(String board) {
        return preferred.isEmpty() || preferred.contains(board);
    }

    private static String required(PropertiesComponent properties, String name) {
        return properties.resolveProperty(name)
                .orElseThrow(() -> new IllegalArgumentException("Property " + name + " is not set"));
    }

    @Override
    public String toString() {
        // the API key and the database password stay out of logs
        return "NodeSettings[nodeId=" + nodeId + ", zooKeeper=" + zooKeeper + ", jdbcUrl=" + jdbcUrl + ", boards="
               + boards + ", hrflowBaseUrl=" + hrflowBaseUrl + ", pollDelay=" + pollDelay + ", pageSize=" + pageSize
               + "]";
    }
}
