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
        return DATE_TIME.format(t);
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
            return DATE_TIME.parse(text, LocalDateTime::from);
        } catch (DateTimeParseException e) {
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
