package io.github.camelhrflow.examples.boardexport;

import java.nio.file.Path;

import io.github.camelhrflow.HrFlowConstants;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * A whole board, page after page, into one JSON Lines file: {@code hrflow:job-storing} gives a lazy iterator of
 * jobs, the streaming split writes one line per job, so memory stays flat whatever the size of the board.
 */
public class BoardExportRoutes extends RouteBuilder {

    /** Exports the board of {@code hrflow.board}; the body after it is the {@link java.nio.file.Path} written. */
    public static final String EXPORT_BOARD = "direct:export-board";

    /** The logger of the progress lines. */
    public static final String LOG_NAME = "board-export";

    @Override
    public void configure() {
        ExportFile file = new ExportFile(Path.of(getContext().resolvePropertyPlaceholders("{{export.dir}}")),
                getContext().resolvePropertyPlaceholders("{{hrflow.board}}"));

        // no error handler of our own: a failed page fails the export, the caller gets the exception and the
        // previous export, if any, stays as it was
        from(EXPORT_BOARD).routeId("export-board")
                .process(exchange -> file.begin())
                // asks HrFlow for the first page now; the next pages only as the split reaches them
                .to("hrflow:job-storing?boardKey={{hrflow.board}}&pageSize={{export.page-size}}")
                .log(LoggingLevel.INFO, LOG_NAME,
                        "Exporting ${header." + HrFlowConstants.TOTAL + "} jobs of board {{hrflow.board}}")
                .split(body()).streaming()
                .convertBodyTo(String.class)
                .transform(body().append("\n"))
                .to("file:{{export.dir}}?fileName=" + file.partName() + "&fileExist=Append")
                .to("log:" + LOG_NAME + "?level=INFO&groupSize={{export.log-every}}")
                .filter(exchangeProperty(Exchange.SPLIT_COMPLETE))
                .log(LoggingLevel.INFO, LOG_NAME, "${exchangeProperty." + Exchange.SPLIT_SIZE + "} jobs written")
                .end()
                .end()
                .process(exchange -> exchange.getMessage().setBody(file.commit()));
    }
}
