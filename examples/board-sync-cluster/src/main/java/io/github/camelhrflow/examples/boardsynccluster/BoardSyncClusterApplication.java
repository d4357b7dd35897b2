package io.github.camelhrflow.examples.boardsynccluster;

import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * One node of the board-sync cluster. Start the same app on each machine with its own
 * {@code board-sync.node-id}; see the README for the properties.
 */
public final class BoardSyncClusterApplication {

    private BoardSyncClusterApplication() {
    }

    public static void main(String[] args) throws Exception {
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
        main.run(args);
    }
}
