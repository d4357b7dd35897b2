package io.github.camelhrflow.examples.jobtohrflow;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file with a header line, read one at a time. It is {@link Closeable} so that Camel's splitter
 * closes the file when the split ends, even when it ends early.
 */
public final class CsvRows implements Iterator<CSVRecord>, Closeable {

    /** The format of the export: a header line, {@code ,} between values, {@code "} around values that need it. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private CsvRows(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
    }

    /** Opens a UTF-8 CSV file; the caller closes it (the splitter does). */
    public static CsvRows open(URL csv) throws IOException {
        Reader reader = new InputStreamReader(csv.openStream(), StandardCharsets.UTF_8);
        try {
            return new CsvRows(CSVParser.builder().setReader(reader).setFormat(FORMAT).get());
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        return records.hasNext();
    }

    @Override
    public CSVRecord next() {
        return records.next();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
