package io.github.camelhrflow.examples.cvinbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;

import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.examples.ProfileRow;

/**
 * {@code cv-inbox}
 * <p>
 * Watches {@code cv.inbox} ({@code ./data/cv-inbox} by default) until stopped with Ctrl+C: each CV file dropped there
 * is parsed by HrFlow into a profile of the source, written to the {@code hrflow_source_profile} table of
 * {@code sync.jdbc.url}, and moved to {@code .done}, or to {@code .failed} when HrFlow refuses it. Without
 * HRFLOW_API_KEY it starts an embedded HrFlow sandbox, parses into its demo source, and puts the sample CVs (fictional
 * people) into an empty inbox, so that there is something to parse.
 */
public final class CvInboxApplication {

    /** The sample CVs under {@code cvs/} on the classpath: plain text and PDF, fictional people only. */
    public static final List<String> SAMPLE_CVS = List.of("ada-lovegood.txt", "bruno-testa.txt", "chloe-martin.pdf",
            "diego-ramos.pdf");

    private CvInboxApplication() {
    }

    public static void main(String[] args) throws Exception {
        try (HrFlowTarget target = HrFlowTarget.sourceFromEnvironment()) {
            Properties properties = target.properties();
            CvInbox inbox = CvInbox.create(properties);
            Path folder = Path.of(System.getProperty("cv.inbox", "./data/cv-inbox"));
            if (target.isSandbox()) {
                copySamples(folder);
            }
            System.out.println("Parsing the CVs dropped into " + folder + " into source " + target.sourceKey() + " of "
                               + target.describe() + ", rows in table " + ProfileRow.TABLE + "; Ctrl+C to stop");
            inbox.run();
        }
    }

    /** Copies the sample CVs into {@code folder} when it holds no file yet. */
    public static void copySamples(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (var files = Files.list(folder)) {
            if (files.anyMatch(Files::isRegularFile)) {
                return;
            }
        }
        for (String name : SAMPLE_CVS) {
            try (InputStream in = CvInboxApplication.class.getResourceAsStream("/cvs/" + name)) {
                Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
