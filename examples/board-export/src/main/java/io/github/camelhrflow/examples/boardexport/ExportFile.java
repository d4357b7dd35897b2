package io.github.camelhrflow.examples.boardexport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The JSON Lines file of one board. Lines are appended to {@code <board>.jsonl.part} and the file takes its real
 * name only once the whole board is in it, so that a reader never mistakes an interrupted export for a board.
 */
public final class ExportFile {

    static final String EXTENSION = ".jsonl";
    static final String PART = ".part";

    private final Path directory;
    private final String boardKey;

    public ExportFile(Path directory, String boardKey) {
        this.directory = directory;
        this.boardKey = boardKey;
    }

    /** The name the file component appends to while the export runs. */
    public String partName() {
        return boardKey + EXTENSION + PART;
    }

    /** Where the finished export is. */
    public Path path() {
        return directory.resolve(boardKey + EXTENSION);
    }

    /** Forgets what an interrupted run left, so that appending starts from an empty file. */
    public void begin() {
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(directory.resolve(partName()));
            // an empty board still gives a file: "no jobs" is an answer, a missing file is not
            Files.createFile(directory.resolve(partName()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + directory.resolve(partName()), e);
        }
    }

    /** Replaces the previous export of the board with the finished one. */
    public Path commit() {
        try {
            return Files.move(directory.resolve(partName()), path(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rename " + directory.resolve(partName()) + " to " + path(), e);
        }
    }
}
