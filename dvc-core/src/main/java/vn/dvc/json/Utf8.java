package vn.dvc.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Checks on UTF-8 input before it is parsed. Stateless. */
final class Utf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /**
     * The offset of the first byte that does not start or continue a well-formed UTF-8 sequence
     * (Unicode, table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), or -1.
     * Jackson's own decoding lets some of these through. ASCII, most of dvc's JSON, is skipped
     * thirty-two bytes at a time.
     */
    static int firstMalformed(byte[] b) {
        int n = b.length;
        int i = 0;
        while (i < n) {
            if (i + 4 * Long.BYTES <= n && ((word(b, i) | word(b, i + 8) | word(b, i + 16) | word(b, i + 24))
                    & HIGH_BITS) == 0) {
                i += 4 * Long.BYTES; // thirty-two ASCII bytes
                continue;
            }
            for (int block = Math.min(n, i + 4 * Long.BYTES); i < block;) {
                if (i + Long.BYTES <= n && (word(b, i) & HIGH_BITS) == 0) {
                    i += Long.BYTES;
                    continue;
                }
                for (int end = Math.min(n, i + Long.BYTES); i < end;) {
                    int c = b[i];
                    if (c >= 0) {
                        i++;
                    } else {
                        int length = sequence(b, i, c & 0xFF);
                        if (length < 0) {
                            return i;
                        }
                        i += length;
                    }
                }
            }
        }
        return -1;
    }

    private static long word(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }

    /** The length of the well-formed sequence starting at {@code b[i] == c}, a non-ASCII byte, or -1. */
    private static int sequence(byte[] b, int i, int c) {
        int n = b.length;
        if (c < 0xC2) {
            return -1; // a continuation byte, or an overlong two-byte form
        }
        if (c < 0xE0) {
            return i + 1 < n && (b[i + 1] & 0xC0) == 0x80 ? 2 : -1;
        }
        if (c < 0xF0) {
            if (i + 2 >= n) {
                return -1;
            }
            int second = b[i + 1] & 0xFF;
            boolean ok = (second & 0xC0) == 0x80 && (b[i + 2] & 0xC0) == 0x80
                    && (c != 0xE0 || second >= 0xA0) // else overlong
                    && (c != 0xED || second <= 0x9F); // else a surrogate
            return ok ? 3 : -1;
        }
        if (c > 0xF4 || i + 3 >= n) {
            return -1; // above U+10FFFF, or cut short
        }
        int second = b[i + 1] & 0xFF;
        boolean ok = (second & 0xC0) == 0x80 && (b[i + 2] & 0xC0) == 0x80 && (b[i + 3] & 0xC0) == 0x80
                && (c != 0xF0 || second >= 0x90) // else overlong
                && (c != 0xF4 || second <= 0x8F); // else above U+10FFFF
        return ok ? 4 : -1;
    }

    /** Whether well-formed UTF-8 text is empty or white space only, as {@link String#isBlank()} says. */
    static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return new String(b, StandardCharsets.UTF_8).isBlank(); // non-ASCII white space is rare
            }
            if (!Character.isWhitespace(x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether Jackson's byte parser would not read the text as plain UTF-8: a byte order mark
     * (which it skips, where its character parser refuses it) or a zero byte among the first four
     * (which makes it guess UTF-16 or UTF-32).
     */
    static boolean misleadsEncodingDetection(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return true;
        }
        for (int i = 0; i < Math.min(4, b.length); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

}
