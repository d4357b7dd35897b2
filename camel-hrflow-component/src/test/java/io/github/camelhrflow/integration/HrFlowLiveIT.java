package io.github.camelhrflow.integration;

import io.github.camelhrflow.HrFlowComponent;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.HrFlowJobNotFoundException;
import io.github.camelhrflow.model.Job;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Against the real HrFlow API. Runs with {@code mvn verify} only when HRFLOW_API_KEY, HRFLOW_USER_EMAIL,
 * HRFLOW_BOARD_KEY and HRFLOW_JOB_KEY (a job of that board) are set; the credentials reach the component through
 * {@code {{env:...}}} placeholders.
 */
@EnabledIfEnvironmentVariable(named = "HRFLOW_API_KEY", matches = ".+")
@EnabledIfEnvironmentVariable(named = "HRFLOW_USER_EMAIL", matches = ".+")
@EnabledIfEnvironmentVariable(named = "HRFLOW_BOARD_KEY", matches = ".+")
@EnabledIfEnvironmentVariable(named = "HRFLOW_JOB_KEY", matches = ".+")
class HrFlowLiveIT extends CamelTestSupport {

    private static final String URI = "hrflow:job-indexing?boardKey={{env:HRFLOW_BOARD_KEY}}";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // a plain CamelContext has no camel.component.* binding (that is Camel Main's): resolve the placeholders here
        HrFlowComponent hrflow = new HrFlowComponent();
        hrflow.getConfiguration().setApiKey(context.resolvePropertyPlaceholders("{{env:HRFLOW_API_KEY}}"));
        hrflow.getConfiguration().setUserEmail(context.resolvePropertyPlaceholders("{{env:HRFLOW_USER_EMAIL}}"));
        context.addComponent("hrflow", hrflow);
        return context;
    }

    @Test
    void getsARealJobByKey() {
        String key = System.getenv("HRFLOW_JOB_KEY");
        Exchange exchange = template.request(URI, e -> e.getMessage().setHeader(HrFlowConstants.JOB_KEY, key));

        Job job = assertInstanceOf(Job.class, exchange.getMessage().getBody(),
                () -> String.valueOf(exchange.getException()));
        assertEquals(key, job.getKey());
        assertEquals(System.getenv("HRFLOW_BOARD_KEY"), job.getBoardKey());
        assertEquals(200, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
        assertNotNull(job.getName());
    }

    @Test
    void unknownJobIsReportedAsNotFound() {
        Exchange exchange = template.request(URI, e -> e.getMessage().setHeader(HrFlowConstants.JOB_KEY,
                "0000000000000000000000000000000000000000"));
        assertInstanceOf(HrFlowJobNotFoundException.class, exchange.getException());
    }
}
