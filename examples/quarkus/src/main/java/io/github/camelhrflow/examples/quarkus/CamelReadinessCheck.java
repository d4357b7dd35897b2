package io.github.camelhrflow.examples.quarkus;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck.Result;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Camel's readiness checks (the context, each route, each consumer: {@code consumer:board-sync} among them) as one
 * MicroProfile check on {@code /q/health/ready}, DOWN when any of them is. Which checks the answer lists follows
 * {@code camel.health.exposure-level}: {@code full} all, {@code default} the failing ones, {@code oneline} none.
 * This is what camel-quarkus-microprofile-health does; it is written out here because that extension is not served by
 * the Maven repository this project builds from.
 */
@Readiness
@ApplicationScoped
public class CamelReadinessCheck implements HealthCheck {

    /** The check's name in the answer of {@code /q/health/ready}. */
    public static final String NAME = "camel-readiness-checks";

    @Inject
    CamelContext camel;

    @Override
    public HealthCheckResponse call() {
        Collection<Result> all = HealthCheckHelper.invokeReadiness(camel);
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .status(HealthCheckHelper.isResultsUp(all, true));
        HealthCheckRegistry registry = HealthCheckRegistry.get(camel);
        String level = registry == null ? "default" : registry.getExposureLevel();
        for (Result result : HealthCheckHelper.invokeReadiness(camel, level)) {
            String id = result.getCheck().getId();
            response.withData(id, result.getState().name());
            // the reason, e.g. HrFlow's 401 for a refused key: the component's messages never carry the key
            result.getMessage().ifPresent(message -> response.withData(id + ".message", message));
            result.getError().ifPresent(error -> response.withData(id + ".error", String.valueOf(error.getMessage())));
        }
        return response.build();
    }
}
