package io.github.camelhrflow.examples.boardsync;

/**
 * The default: H2 in a file of the test's temporary directory.
 */
class H2BoardSyncTest extends BoardSyncContract {

    @Override
    String jdbcUrl() {
        return "jdbc:h2:file:" + dir.resolve("board");
    }

    @Override
    String jdbcUser() {
        return "sa";
    }

    @Override
    String jdbcPassword() {
        return "";
    }
}
