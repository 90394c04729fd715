package vn.dvc.examples.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes JSON Lines: one compact JSON object per line, UTF-8, with jackson-core's streaming
 * generator. The target stream is flushed by {@link #finish()} but never closed.
 */
final class JsonLines {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final JsonGenerator generator;

    /**
     * Starts writing to a stream.
     *
     * @param out where the lines go, e.g. standard output
     * @throws IOException if the generator cannot be created
     */
    JsonLines(OutputStream out) throws IOException {
        generator = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        // Objects are separated by the newline written in end(), not by the default space.
        generator.setRootValueSeparator(null);
    }

    /**
     * Starts a line's object.
     *
     * @return the generator, to write the fields
     * @throws IOException on a write error
     */
    JsonGenerator begin() throws IOException {
        generator.writeStartObject();
        return generator;
    }

    /**
     * Ends the line's object and the line.
     *
     * @throws IOException on a write error
     */
    void end() throws IOException {
        generator.writeEndObject();
        generator.writeRaw('\n');
    }

    /**
     * Writes a field holding an array of ISO dates.
     *
     * @param name the field name
     * @param dates the dates, in order
     * @throws IOException on a write error
     */
    void dates(String name, List<LocalDate> dates) throws IOException {
        generator.writeArrayFieldStart(name);
        for (LocalDate d : dates) {
            generator.writeString(d.toString());
        }
        generator.writeEndArray();
    }

    /**
     * Flushes everything written to the target stream, leaving it open.
     *
     * @throws IOException on a write error
     */
    void finish() throws IOException {
        generator.close();
    }
}
