package io.github.camelhrflow.sandbox;

/** Answers one (method, path) of the route table; may throw {@link ApiException}. */
@FunctionalInterface
interface RouteHandler {

    ApiResponse handle(ApiRequest request);
}
