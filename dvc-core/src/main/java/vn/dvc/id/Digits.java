package vn.dvc.id;

/** Small text helpers shared by the identifier parsers. Not part of the API. */
final class Digits {

    private Digits() {
    }

    /** Index of the first character that is not an ASCII digit, or -1. */
    static int firstNonDigit(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return i;
            }
        }
        return -1;
    }

    static boolean allDigits(CharSequence s) {
        return s.length() > 0 && firstNonDigit(s) < 0;
    }

    /** Keeps the first {@code head} and last {@code tail} characters, replacing the others by '*'. */
    static String mask(String s, int head, int tail) {
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, head);
        for (int i = head; i < s.length() - tail; i++) {
            b.append('*');
        }
        b.append(s, s.length() - tail, s.length());
        return b.toString();
    }

    /** Describes a character for a message: printable as is, otherwise as U+XXXX. */
    static String describe(char c) {
        if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return String.format("U+%04X", (int) c);
        }
        return String.valueOf(c);
    }
}
