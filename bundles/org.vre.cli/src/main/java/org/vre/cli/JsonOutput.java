package org.vre.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes {@code --json} output: one JSON document a command, plain maps in a stable field order. */
public final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private JsonOutput() {
    }

    public static void print(PrintWriter out, Object value) {
        out.println(write(value));
        out.flush();
    }

    /** Writes a JSON array element by element, so a listing of millions stays in constant memory. */
    public static <T> void printArray(PrintWriter out, Stream<T> items, Function<T, Object> convert) {
        out.print('[');
        boolean[] first = {true};
        items.forEach(item -> {
            out.print(first[0] ? "" : ",");
            out.print(write(convert.apply(item)));
            first[0] = false;
        });
        out.println(']');
        out.flush();
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
