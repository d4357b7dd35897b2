package io.github.camelhrflow.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A board or a source, as the store keeps either: {@link Board} and {@link Source} are its public faces. */
record ContainerInfo(Resource resource, String key, String name, String type, String subtype, String environment,
                     boolean syncParsing) {

    static ContainerInfo of(Board board) {
        return new ContainerInfo(Resource.JOB, board.key(), board.name(), board.type(), board.subtype(),
                board.environment(), false);
    }

    static ContainerInfo of(Source source) {
        return new ContainerInfo(Resource.PROFILE, source.key(), source.name(), source.type(), source.subtype(),
                source.environment(), source.syncParsing());
    }

    /** A board or a source of type {@code api}, subtype {@code python}, in {@code production}. */
    static ContainerInfo of(Resource resource, String key, String name) {
        return new ContainerInfo(resource, key, name, "api", "python", "production", false);
    }

    Board board() {
        return new Board(key, name, type, subtype, environment);
    }

    Source source() {
        return new Source(key, name, type, subtype, environment, syncParsing);
    }

    /** The {@code board} or {@code source} object HrFlow nests in each job or profile. */
    ObjectNode json() {
        return Json.MAPPER.createObjectNode().put("key", key).put("name", name).put("type", type)
                .put("subtype", subtype).put("environment", environment);
    }
}
