package io.github.camelhrflow.examples.boardsynccluster;

import io.github.camelhrflow.examples.ExampleCommand;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import picocli.CommandLine.Command;

/**
 * One node of the board-sync cluster. Start the same app on each machine with its own {@code board-sync.node-id}; see
 * the README for the properties.
 */
@Command(name = "board-sync-cluster",
         description = { "One node of the board-sync cluster: ZooKeeper elects one node per board, which keeps the"
                         + " board in the shared PostgreSQL database until stopped (Ctrl+C)." },
         footer = { "",
                 "Configured by the board-sync.* and hrflow.* properties of application.properties, each overridden by"
                        + " -Dname=value or an environment variable (BOARD_SYNC_NODE_ID=node-2); board-sync.node-id"
                        + " must differ per node." })
public final class BoardSyncClusterApplication extends ExampleCommand {

    public static void main(String[] args) {
        main(new BoardSyncClusterApplication(), args);
    }

    @Override
    public Integer call() throws Exception {
        Main main = new Main(BoardSyncClusterApplication.class);
        main.addMainListener(new MainListenerSupport() {
            private BoardSyncNode node;

            @Override
            public void afterConfigure(BaseMainSupport support) {
                try {
                    NodeSettings settings = NodeSettings.from(support.getCamelContext().getPropertiesComponent());
                    node = BoardSyncNode.install(support.getCamelContext(), settings);
                } catch (Exception e) {
                    throw new IllegalStateException("The node could not be set up: " + e.getMessage(), e);
                }
            }

            @Override
            public void afterStop(BaseMainSupport support) {
                if (node != null) {
                    node.close();
                }
            }
        });
        main.run();
        return main.getExitCode();
    }
}
