package io.github.camelhrflow.examples.quarkus;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /board/jobs}: what the {@code board-sync} route has synced so far. */
@Path("/board")
public class BoardResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    BoardJobs board;

    /** {@code {"count": n, "jobs": [{"key", "name", "version", "archived"}, ...]}}, by key. */
    @GET
    @Path("jobs")
    public Response jobs() throws JsonProcessingException {
        var jobs = board.list();
        return Response.ok(JSON.writeValueAsString(Map.of("count", jobs.size(), "jobs", jobs)),
                MediaType.APPLICATION_JSON_TYPE).build();
    }
}
