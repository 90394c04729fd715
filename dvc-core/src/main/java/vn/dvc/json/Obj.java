package vn.dvc.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A JSON object being read against an explicit field list: unknown fields are refused when it is
 * opened, and each field is read with the reader of its type. Not thread-safe; lives for one read.
 */
final class Obj {

    /** Reads one value at a path. */
    @FunctionalInterface
    interface Read<T> {
        T read(JsonNode node, JsonPath path);
    }

    private final JsonNode node;
    private final JsonPath path;

    private Obj(JsonNode node, JsonPath path) {
        this.node = node;
        this.path = path;
    }

    /**
     * Opens an object whose fields must all be among {@code fields}.
     *
     * @throws DvcJsonException if the value is null, not an object, or has another field
     */
    static Obj open(JsonNode node, JsonPath path, List<String> fields) {
        requireObject(node, path);
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!fields.contains(n)) {
                throw new DvcJsonException("json.unknownField", path, Decoder.quoted(n), String.join(", ", fields));
            }
        }
        return new Obj(node, path);
    }

    static void requireObject(JsonNode node, JsonPath path) {
        if (node.isNull()) {
            throw new DvcJsonException("json.null", path, JsonType.OBJECT);
        }
        if (!node.isObject()) {
            throw Values.wrongType(path, JsonType.OBJECT, node);
        }
    }

    JsonPath path() {
        return path;
    }

    /** The field's node; a present {@code null} is left for the value's reader to refuse. */
    JsonNode required(String field, JsonType expected) {
        JsonNode n = node.get(field);
        if (n == null) {
            throw new DvcJsonException("json.missingField", path, field, expected);
        }
        return n;
    }

    <T> T value(String field, JsonType expected, Read<T> reader) {
        return reader.read(required(field, expected), path.field(field));
    }

    /** An optional field: absent means empty; {@code null} is refused by the value's reader. */
    <T> Optional<T> optional(String field, Read<T> reader) {
        JsonNode n = node.get(field);
        return n == null ? Optional.empty() : Optional.of(reader.read(n, path.field(field)));
    }

    String string(String field) {
        return value(field, JsonType.STRING, Values::string);
    }

    Optional<String> optionalString(String field) {
        return optional(field, Values::string);
    }

    int integer(String field) {
        return value(field, JsonType.INTEGER, Values::integer);
    }

    long longInteger(String field) {
        return value(field, JsonType.INTEGER, Values::longInteger);
    }

    boolean bool(String field) {
        return value(field, JsonType.BOOLEAN, Values::bool);
    }

    LocalDateTime dateTime(String field) {
        return value(field, JsonType.DATE_TIME, Values::dateTime);
    }

    Optional<LocalDateTime> optionalDateTime(String field) {
        return optional(field, Values::dateTime);
    }

    <E extends Enum<E>> E enumeration(String field, E[] constants) {
        return value(field, JsonType.STRING, Values.enumeration(constants));
    }

    <T> T object(String field, Read<T> reader) {
        return value(field, JsonType.OBJECT, reader);
    }

    List<String> strings(String field) {
        return list(field, Values::string);
    }

    <T> List<T> list(String field, Read<T> element) {
        JsonNode n = required(field, JsonType.ARRAY);
        JsonPath p = path.field(field);
        if (n.isNull()) {
            throw new DvcJsonException("json.null", p, JsonType.ARRAY);
        }
        if (!n.isArray()) {
            throw Values.wrongType(p, JsonType.ARRAY, n);
        }
        List<T> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            out.add(element.read(n.get(i), p.index(i)));
        }
        return List.copyOf(out);
    }
}
