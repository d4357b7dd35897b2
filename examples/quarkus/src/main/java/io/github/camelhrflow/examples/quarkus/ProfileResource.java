package io.github.camelhrflow.examples.quarkus;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;

/** {@code GET /profiles/{key}}: the HTTP side of {@link ProfileRoutes}, which decides both the body and the status. */
@Path("/profiles")
public class ProfileResource {

    @Inject
    ProducerTemplate producer;

    /** The profile as HrFlow's JSON; 404 when the source has no such profile, 502 when HrFlow refuses the call. */
    @GET
    @Path("{key}")
    public Response profile(@PathParam("key") String key) {
        Exchange result = producer.send(ProfileRoutes.PROFILE_BY_KEY, exchange -> exchange.getMessage().setBody(key));
        if (result.getException() != null) {
            // not an answer from HrFlow (connection refused, timeout): the server's 500
            throw new CamelExecutionException("Profile " + key + " could not be fetched", result,
                    result.getException());
        }
        Message answer = result.getMessage();
        return Response.status(answer.getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(answer.getBody(String.class))
                .build();
    }
}
