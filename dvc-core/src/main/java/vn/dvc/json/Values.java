package vn.dvc.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.dvc.InvalidInputException;

/** Readers of scalar values, and the date-time format. Stateless. */
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

    private Values() {
    }

    static String format(LocalDateTime t) {
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            return DATE_TIME.format(t);
        }
        // Hand-written for the common case: DateTimeFormatter costs a microsecond per value, and a
        // dossier with its trail holds a hundred of them. Same output as DATE_TIME.
        char[] c = new char[29];
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
            length = 29;
            while (c[length - 1] == '0') {
                length--;
            }
        }
        return new String(c, 0, length);
    }

    private static void put(char[] c, int at, int value, int digits) {
        for (int i = at + digits - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** Parses the common form without a DateTimeFormatter; null where the text is not of that form. */
    private static LocalDateTime fastParse(String s) {
        int n = s.length();
        if (n < 19 || n == 20 || n > 29 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':' || n > 19 && s.charAt(19) != '.') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        int nano = 0;
        if (n > 19) {
            int fraction = digits(s, 20, n - 20);
            if (fraction < 0) {
                return null;
            }
            nano = fraction;
            for (int i = n - 20; i < 9; i++) {
                nano *= 10;
            }
        }
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        // LocalDateTime.of refuses impossible values (30 February, 24:00) with a DateTimeException.
        return LocalDateTime.of(year, month, day, hour, minute, second, nano);
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    static JsonType typeOf(JsonNode n) {
        if (n.isNull()) {
            return JsonType.NULL;
        } else if (n.isTextual()) {
            return JsonType.STRING;
        } else if (n.isIntegralNumber()) {
            return JsonType.INTEGER;
        } else if (n.isNumber()) {
            return JsonType.DECIMAL;
        } else if (n.isBoolean()) {
            return JsonType.BOOLEAN;
        } else if (n.isArray()) {
            return JsonType.ARRAY;
        }
        return JsonType.OBJECT;
    }

    static DvcJsonException wrongType(JsonPath p, JsonType expected, JsonNode found) {
        return new DvcJsonException("json.wrongType", p, expected, typeOf(found));
    }

    private static void notNull(JsonNode n, JsonPath p, JsonType expected) {
        if (n.isNull()) {
            throw new DvcJsonException("json.null", p, expected);
        }
    }

    static String string(JsonNode n, JsonPath p) {
        notNull(n, p, JsonType.STRING);
        if (!n.isTextual()) {
            throw wrongType(p, JsonType.STRING, n);
        }
        return n.textValue();
    }

    static int integer(JsonNode n, JsonPath p) {
        notNull(n, p, JsonType.INTEGER);
        if (!n.isIntegralNumber()) {
            throw wrongType(p, JsonType.INTEGER, n);
        }
        if (!n.canConvertToInt()) {
            throw new DvcJsonException("json.outOfRange", p, n.asText(), Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        return n.intValue();
    }

    static long longInteger(JsonNode n, JsonPath p) {
        notNull(n, p, JsonType.INTEGER);
        if (!n.isIntegralNumber()) {
            throw wrongType(p, JsonType.INTEGER, n);
        }
        if (!n.canConvertToLong()) {
            throw new DvcJsonException("json.outOfRange", p, n.asText(), Long.MIN_VALUE, Long.MAX_VALUE);
        }
        return n.longValue();
    }

    static boolean bool(JsonNode n, JsonPath p) {
        notNull(n, p, JsonType.BOOLEAN);
        if (!n.isBoolean()) {
            throw wrongType(p, JsonType.BOOLEAN, n);
        }
        return n.booleanValue();
    }

    static LocalDateTime dateTime(JsonNode n, JsonPath p) {
        notNull(n, p, JsonType.DATE_TIME);
        if (!n.isTextual()) {
            throw wrongType(p, JsonType.DATE_TIME, n);
        }
        String text = n.textValue();
        try {
            if (text.endsWith(".")) {
                throw new DateTimeParseException("no digits after the decimal point", text, text.length());
            }
            LocalDateTime fast = fastParse(text);
            return fast != null ? fast : DATE_TIME.parse(text, LocalDateTime::from);
        } catch (java.time.DateTimeException e) {
            throw new DvcJsonException("json.dateTime", p, text);
        }
    }

    /** A reader of an enum written by its constant's name; anything else lists the names. */
    static <E extends Enum<E>> Obj.Read<E> enumeration(E[] constants) {
        return (n, p) -> {
            notNull(n, p, JsonType.STRING);
            if (n.isTextual()) {
                for (E e : constants) {
                    if (e.name().equals(n.textValue())) {
                        return e;
                    }
                }
            }
            throw new DvcJsonException("json.badEnum", p, n.toString(),
                    Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", ")));
        };
    }

    /** Builds a domain value, turning the domain's refusal into a {@link DvcJsonException} at {@code p}. */
    static <T> T build(JsonPath p, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (DvcJsonException e) {
            throw e;
        } catch (InvalidInputException e) {
            throw new DvcJsonException("json.invalid", p, e);
        }
    }
}
