package vn.dvc.json;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of one JSON object type in the format's order: the order {@link Encoder} writes and
 * in which {@link Decoder} expects them first (any other order is read too). For each field, the
 * kind named when it is missing ({@code null} for an optional field, absent when empty) and the
 * reader that validates its value, used after an error to find the one the format reports first.
 * At most 64 fields. Immutable.
 */
final class Fields {

    /** One field. */
    record Field(SerializedString name, JsonType required, Decoder.Read<?> reader) {
    }

    private final String[] names;
    private final SerializedString[] serialized;
    private final JsonType[] required;
    private final Decoder.Read<?>[] readers;
    private final long requiredMask;
    private final String list;

    Fields(Field... fields) {
        if (fields.length > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 fields");
        }
        int n = fields.length;
        names = new String[n];
        serialized = new SerializedString[n];
        required = new JsonType[n];
        readers = new Decoder.Read<?>[n];
        long mask = 0;
        for (int i = 0; i < n; i++) {
            names[i] = fields[i].name().getValue();
            serialized[i] = fields[i].name();
            required[i] = fields[i].required();
            readers[i] = fields[i].reader();
            if (required[i] != null) {
                mask |= 1L << i;
            }
        }
        requiredMask = mask;
        list = String.join(", ", names);
    }

    /** A field that must be present; {@code kind} is what the missing-field message expects. */
    static Field required(SerializedString name, JsonType kind, Decoder.Read<?> reader) {
        return new Field(name, kind, reader);
    }

    /** An optional field: absent means empty. */
    static Field optional(SerializedString name, Decoder.Read<?> reader) {
        return new Field(name, null, reader);
    }

    /** These fields after a discriminator (already read and checked, so its reader skips it). */
    Fields after(SerializedString discriminator) {
        Field[] all = new Field[names.length + 1];
        all[0] = required(discriminator, JsonType.STRING, Decoder.CHECKED);
        for (int i = 0; i < names.length; i++) {
            all[i + 1] = new Field(serialized[i], required[i], readers[i]);
        }
        return new Fields(all);
    }

    int size() {
        return names.length;
    }

    /** The index of a field name, or -1 for a field the type does not have. */
    int index(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    String name(int i) {
        return names[i];
    }

    SerializedString serialized(int i) {
        return serialized[i];
    }

    /** The kind a missing required field should have been. */
    JsonType kind(int i) {
        return required[i];
    }

    Decoder.Read<?> reader(int i) {
        return readers[i];
    }

    /** One bit per required field, by index. */
    long requiredMask() {
        return requiredMask;
    }

    /** The field names, comma-separated, as the unknown-field message lists them. */
    String list() {
        return list;
    }

    /** The field names, in order. */
    List<String> names() {
        return List.copyOf(Arrays.asList(names));
    }
}
