package vn.dvc.json;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** The date-time format, written and read by hand in its common form; JSON kinds of tokens. Stateless. */
final class Values {

    /**
     * {@code uuuu-MM-dd'T'HH:mm:ss} with an optional fraction of 1 to 9 digits (written only when
     * not zero, without trailing zeros): seconds are always written and required on reading.
     */
    static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    /** The longest date-time of the common form: seconds and nine digits of fraction. */
    static final int MAX_COMMON_DATE_TIME = 29;

    private Values() {
    }

    /**
     * Writes {@code t} in the common form (years 0 to 9999) into {@code c}, which has room for
     * {@value #MAX_COMMON_DATE_TIME} characters. Hand-written: DateTimeFormatter costs a
     * microsecond per value, and a dossier with its trail holds a hundred of them. Same output as
     * {@link #DATE_TIME}.
     *
     * @return the number of characters written, or -1 for a year outside 0..9999 (use {@link #DATE_TIME})
     */
    static int format(LocalDateTime t, char[] c) {
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            return -1;
        }
        put(c, 0, year, 4);
        c[4] = '-';
        put(c, 5, t.getMonthValue(), 2);
        c[7] = '-';
        put(c, 8, t.getDayOfMonth(), 2);
        c[10] = 'T';
        put(c, 11, t.getHour(), 2);
        c[13] = ':';
        put(c, 14, t.getMinute(), 2);
        c[16] = ':';
        put(c, 17, t.getSecond(), 2);
        int length = 19;
        int nano = t.getNano();
        if (nano != 0) {
            c[19] = '.';
            put(c, 20, nano, 9);
            length = MAX_COMMON_DATE_TIME;
            while (c[length - 1] == '0') {
                length--;
            }
        }
        return length;
    }

    private static void put(char[] c, int at, int value, int digits) {
        for (int i = at + digits - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * Parses a date-time as dvc writes it.
     *
     * @throws DateTimeException if the text is not one
     */
    static LocalDateTime parse(String text) {
        if (text.endsWith(".")) {
            throw new DateTimeParseException("no digits after the decimal point", text, text.length());
        }
        char[] c = text.toCharArray();
        LocalDateTime fast = parseCommon(c, 0, c.length);
        return fast != null ? fast : DATE_TIME.parse(text, LocalDateTime::from);
    }

    /**
     * Parses the common form from {@code s[from..from+n)} without a DateTimeFormatter or a String.
     *
     * @return the date-time, or null where the text is not of that form (not necessarily wrong:
     *     {@link #parse(String)} decides)
     * @throws DateTimeException for an impossible date or time of that form (30 February, 24:00)
     */
    static LocalDateTime parseCommon(char[] s, int from, int n) {
        if (n < 19 || n == 20 || n > MAX_COMMON_DATE_TIME || s[from + 4] != '-' || s[from + 7] != '-'
                || s[from + 10] != 'T' || s[from + 13] != ':' || s[from + 16] != ':'
                || n > 19 && s[from + 19] != '.') {
            return null;
        }
        int century = twoDigits(s, from);
        int yearOfCentury = twoDigits(s, from + 2);
        int month = twoDigits(s, from + 5);
        int day = twoDigits(s, from + 8);
        int hour = twoDigits(s, from + 11);
        int minute = twoDigits(s, from + 14);
        int second = twoDigits(s, from + 17);
        int nano = 0;
        if (n > 19) {
            int fraction = digits(s, from + 20, n - 20);
            if (fraction < 0) {
                return null;
            }
            nano = fraction;
            for (int i = n - 20; i < 9; i++) {
                nano *= 10;
            }
        }
        if ((century | yearOfCentury | month | day | hour | minute | second) < 0) {
            return null;
        }
        int year = century * 100 + yearOfCentury;
        // LocalDateTime.of refuses impossible values (30 February, 24:00) with a DateTimeException.
        return LocalDateTime.of(year, month, day, hour, minute, second, nano);
    }

    /** Two decimal digits, or -1 if either is not a digit. */
    private static int twoDigits(char[] s, int at) {
        int tens = s[at] - '0';
        int units = s[at + 1] - '0';
        return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
    }

    private static int digits(char[] s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char ch = s[i];
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    /** The kind of JSON value a token starts. */
    static JsonType kindOf(JsonToken t) {
        switch (t) {
            case VALUE_NULL:
                return JsonType.NULL;
            case VALUE_STRING:
                return JsonType.STRING;
            case VALUE_NUMBER_INT:
                return JsonType.INTEGER;
            case VALUE_NUMBER_FLOAT:
                return JsonType.DECIMAL;
            case VALUE_TRUE:
            case VALUE_FALSE:
                return JsonType.BOOLEAN;
            case START_ARRAY:
                return JsonType.ARRAY;
            default:
                return JsonType.OBJECT;
        }
    }

    /** The text as a JSON string literal, quoted and escaped, e.g. {@code "Leaflet"}. */
    static String quoted(String s) {
        return TextNode.valueOf(s).toString();
    }
}
