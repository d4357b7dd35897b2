package io.github.camelhrflow.support;

import io.github.camelhrflow.HrFlowComponent;
import io.github.camelhrflow.support.ScriptedHttpServer.Reply;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;

/**
 * A CamelContext whose {@code hrflow} component talks to a {@link ScriptedHttpServer} on a free loopback port. By default
 * the server answers every request with the full job sample, carrying the key and reference that were asked for.
 */
public abstract class HrFlowTestSupport extends CamelTestSupport {

    protected static final String API_KEY = "askr_9f8e7d6c5b4a39281706f5e4d3c2b1a0secret";
    protected static final String USER_EMAIL = "integration@example.com";
    protected static final String BOARD = "7fce016712fa373456ef279c297da5009a2020d9";
    protected static final String JOB_KEY = "8cee3ead87a38cc1f7f3cf9298b7e58e16406e05";

    protected ScriptedHttpServer server;

    @Override
    protected void setupResources() throws Exception {
        server = new ScriptedHttpServer(HrFlowTestSupport::echoJob);
    }

    @Override
    protected void cleanupResources() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HrFlowComponent hrflow = new HrFlowComponent();
        hrflow.getConfiguration().setApiKey(API_KEY);
        hrflow.getConfiguration().setUserEmail(USER_EMAIL);
        hrflow.getConfiguration().setBaseUrl(server.baseUrl());
        hrflow.getConfiguration().setReadTimeout(5000);
        context.addComponent("hrflow", hrflow);
        return context;
    }

    /** The job asked for: the full sample with the requested key (or a derived one) and reference. */
    public static Reply echoJob(ScriptedHttpServer.Request request) {
        String key = request.param("key") != null ? request.param("key") : JOB_KEY;
        return Reply.json(200, Samples.jobAnswer(key, request.param("reference")));
    }
}
