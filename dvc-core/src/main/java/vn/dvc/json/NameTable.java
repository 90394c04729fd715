package vn.dvc.json;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Arrays;
import java.util.List;

/**
 * A fixed set of JSON string values, in order, and what each stands for: an enum's constant
 * names, or the event and form types. {@link Decoder} finds a value straight from the parser's
 * characters, without creating a String; {@link Encoder} writes the pre-serialized (quoted,
 * escaped) form. Immutable.
 *
 * @param <T> what the values stand for
 */
final class NameTable<T> {

    private final T[] values;
    private final char[][] chars;
    /** Per value, its length and first character in one int: most candidates fail on it. */
    private final int[] keys;
    private final SerializedString[] serialized;
    private final String list;
    private final int maxLength;

    private NameTable(T[] values, String[] names) {
        this.values = values;
        this.chars = new char[names.length][];
        this.keys = new int[names.length];
        this.serialized = new SerializedString[names.length];
        int max = 0;
        for (int i = 0; i < names.length; i++) {
            chars[i] = names[i].toCharArray();
            keys[i] = key(chars[i], 0, chars[i].length);
            serialized[i] = new SerializedString(names[i]);
            max = Math.max(max, chars[i].length);
        }
        this.list = String.join(", ", names);
        this.maxLength = max;
    }

    /** An enum's constants by name, in declaration order (so that an index is an ordinal). */
    static <E extends Enum<E>> NameTable<E> of(E[] constants) {
        return new NameTable<>(constants.clone(), Arrays.stream(constants).map(Enum::name).toArray(String[]::new));
    }

    /** Names standing for themselves. */
    static NameTable<String> of(List<String> names) {
        String[] n = names.toArray(String[]::new);
        return new NameTable<>(n, n.clone());
    }

    private static int key(char[] c, int offset, int length) {
        return length == 0 ? 0 : length << 16 | c[offset];
    }

    /** The index of the value spelled by {@code c[offset..offset+length)}, or -1. */
    int find(char[] c, int offset, int length) {
        if (length > maxLength) {
            return -1;
        }
        int key = key(c, offset, length);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == key && same(chars[i], c, offset)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean same(char[] name, char[] c, int offset) {
        for (int j = 1; j < name.length; j++) {
            if (name[j] != c[offset + j]) {
                return false;
            }
        }
        return true;
    }

    /** The longest value, in characters: a longer text is none of them. */
    int maxLength() {
        return maxLength;
    }

    T value(int i) {
        return values[i];
    }

    /** Value {@code i} as text. */
    String name(int i) {
        return serialized[i].getValue();
    }

    /** Value {@code i} quoted and escaped, ready to write. */
    SerializedString serialized(int i) {
        return serialized[i];
    }

    /** The values, comma-separated, as the refusal messages list them. */
    String list() {
        return list;
    }
}
