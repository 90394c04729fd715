package vn.dvc.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Where a value sits in a JSON document, written as a JSONPath ({@code $.events[3].data.form}).
 * Immutable; a path is built as the reader descends and printed only when an error names it.
 */
final class JsonPath {

    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final JsonPath parent;
    private final String name;
    private final int index;

    private JsonPath(JsonPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    JsonPath field(String fieldName) {
        return new JsonPath(this, fieldName, -1);
    }

    JsonPath index(int i) {
        return new JsonPath(this, null, i);
    }

    /**
     * The path of the value a Jackson parser is about to read or has just read (its current
     * token), so that a deserializer used inside another document names the full location.
     */
    static JsonPath of(JsonStreamContext context) {
        return of(ROOT, context);
    }

    /**
     * The path of a parser's current value when the parser's root value sits at {@code base}
     * (a parser over part of a document, e.g. a buffered object). Computed only when an error
     * names it, so that reading builds no paths.
     */
    static JsonPath of(JsonPath base, JsonStreamContext context) {
        JsonStreamContext c = context;
        if (c != null && (c.inObject() && !c.hasCurrentName() || c.inArray() && !c.hasCurrentIndex())) {
            c = c.getParent(); // a container just opened: its own entry is not started yet
        }
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        JsonPath p = base;
        for (JsonStreamContext x : chain) {
            if (x.inObject() && x.hasCurrentName()) {
                p = p.field(x.getCurrentName());
            } else if (x.inArray() && x.hasCurrentIndex()) {
                p = p.index(x.getCurrentIndex());
            }
        }
        return p;
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "$";
        }
        StringBuilder b = new StringBuilder(parent.toString());
        if (name == null) {
            b.append('[').append(index).append(']');
        } else if (PLAIN_NAME.matcher(name).matches()) {
            b.append('.').append(name);
        } else {
            b.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
        }
        return b.toString();
    }
}
