package io.github.camelhrflow.examples.boardexport;

import java.nio.file.Path;
import java.util.Properties;

import io.github.camelhrflow.HrFlowConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.main.Main;

/**
 * Runs the board-export route once, in a Camel Main application.
 */
public final class BoardExport {

    private BoardExport() {
    }

    /**
     * @param properties the {@code camel.component.hrflow.*} and {@code hrflow.board} properties, and any
     *                   {@code export.*} that should win over {@code application.properties}
     * @return the file written and the number of jobs HrFlow announced
     * @throws Exception what stopped the export (a board HrFlow does not know, a page that failed), the previous
     *                   export of the board left as it was
     */
    public static Outcome run(Properties properties) throws Exception {
        Main main = new Main();
        main.setOverrideProperties(properties);
        main.configure().addRoutesBuilder(new BoardExportRoutes());
        main.start();
        try {
            Exchange done = main.getCamelTemplate().request(BoardExportRoutes.EXPORT_BOARD, exchange -> {
            });
            if (done.getException() != null) {
                throw done.getException();
            }
            Message answer = done.getMessage();
            return new Outcome(answer.getMandatoryBody(Path.class), answer.getHeader(HrFlowConstants.TOTAL,
                    Long.class));
        } finally {
            main.stop();
        }
    }

    /**
     * @param file  the JSON Lines file
     * @param total how many jobs HrFlow said the board holds when the export began
     */
    public record Outcome(Path file, Long total) {
    }
}
