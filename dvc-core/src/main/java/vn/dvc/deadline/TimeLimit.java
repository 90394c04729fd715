package vn.dvc.deadline;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dvc.InvalidInputException;

/**
 * A procedure's time limit (thời hạn giải quyết): an amount and a {@link LimitUnit}.
 *
 * <p>{@link #parse(CharSequence)} reads the texts procedure catalogues publish, in Vietnamese and
 * English:
 *
 * <table>
 *   <caption>Accepted texts</caption>
 *   <tr><th>text</th><th>limit</th></tr>
 *   <tr><td>05 ngày làm việc; 5 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; 10 working days;
 *       7 business days</td><td>working days</td></tr>
 *   <tr><td>04 giờ làm việc; 4 working hours</td><td>working hours</td></tr>
 *   <tr><td>30 ngày; 30 ngày kể từ ngày nhận hồ sơ; 30 days; 30 calendar days</td><td>calendar days</td></tr>
 *   <tr><td>Trong ngày; trong ngày làm việc; within the day; same day</td><td>within the day</td></tr>
 * </table>
 *
 * A label up to a colon ({@code Thời hạn giải quyết: 05 ngày làm việc}) and text after the unit
 * (a "kể từ ..." clause, a parenthesis) are allowed. Anything else, including a text naming two
 * limits, a fraction, or "giờ" without "làm việc", is refused with
 * {@link InvalidTimeLimitException} quoting it: dvc never guesses a limit.
 *
 * @param amount how many units; 0 only for {@link LimitUnit#WITHIN_DAY}
 * @param unit the unit
 */
public record TimeLimit(int amount, LimitUnit unit) {

    /** Largest amount accepted: more than ten years of working days. */
    public static final int MAX_AMOUNT = 3000;

    private static final Pattern NUMBER_UNIT = Pattern.compile(
            "^(\\d{1,4})\\s*(ngay lam viec|ngay lv|gio lam viec|working days?|business days?|working hours?"
                    + "|calendar days?|ngay|days?)\\b(.*)$");
    private static final Pattern WITHIN_DAY = Pattern.compile(
            "^(ngay )?trong (ngay|ngay lam viec|ngay lv)\\b(.*)$|^(within the (same )?(working )?day|same day|same working day)\\b(.*)$");
    private static final Pattern ANOTHER_LIMIT = Pattern.compile(
            "\\d+(?:[.,]\\d+)?\\s*(ngay|gio|working|business|calendar|days?|hours?)\\b");

    /**
     * Checks amount and unit.
     *
     * @throws InvalidTimeLimitException if the amount is not positive (or not 0 for within the
     *     day) or exceeds {@link #MAX_AMOUNT}
     */
    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (unit == LimitUnit.WITHIN_DAY ? amount != 0 : amount <= 0 || amount > MAX_AMOUNT) {
            throw new InvalidTimeLimitException(unit == LimitUnit.WITHIN_DAY ? "limit.withinDayAmount"
                    : "limit.badAmount", amount, unit, MAX_AMOUNT);
        }
    }

    /**
     * A limit of {@code amount} units.
     *
     * @param amount 1 to {@link #MAX_AMOUNT}
     * @param unit working days, working hours or calendar days (use {@link #withinDay()} for the
     *     same day)
     * @return the limit
     * @throws InvalidTimeLimitException if the amount is out of range
     */
    public static TimeLimit of(int amount, LimitUnit unit) {
        return new TimeLimit(amount, unit);
    }

    /**
     * {@code n} working days.
     *
     * @param n 1 to {@link #MAX_AMOUNT}
     * @return the limit
     */
    public static TimeLimit workingDays(int n) {
        return new TimeLimit(n, LimitUnit.WORKING_DAYS);
    }

    /**
     * {@code n} working hours.
     *
     * @param n 1 to {@link #MAX_AMOUNT}
     * @return the limit
     */
    public static TimeLimit workingHours(int n) {
        return new TimeLimit(n, LimitUnit.WORKING_HOURS);
    }

    /**
     * {@code n} calendar days.
     *
     * @param n 1 to {@link #MAX_AMOUNT}
     * @return the limit
     */
    public static TimeLimit calendarDays(int n) {
        return new TimeLimit(n, LimitUnit.CALENDAR_DAYS);
    }

    /**
     * Within the day (trong ngày).
     *
     * @return the limit
     */
    public static TimeLimit withinDay() {
        return new TimeLimit(0, LimitUnit.WITHIN_DAY);
    }

    /**
     * Reads a time limit as procedure catalogues write it (see the class description).
     *
     * @param text e.g. {@code "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"}
     * @return the limit
     * @throws InvalidTimeLimitException if the text is not a single, whole time limit
     */
    public static TimeLimit parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String original = text.toString();
        String s = fold(original);
        int colon = s.indexOf(':');
        if (colon >= 0 && !Character.isDigit(s.charAt(0))) {
            s = s.substring(colon + 1).strip();
        }
        Matcher within = WITHIN_DAY.matcher(s);
        if (within.matches()) {
            String rest = within.group(3) != null ? within.group(3) : within.group(7);
            checkRest(original, rest);
            return withinDay();
        }
        Matcher m = NUMBER_UNIT.matcher(s);
        if (!m.matches()) {
            throw new InvalidTimeLimitException("limit.unreadable", original);
        }
        checkRest(original, m.group(3));
        int amount = Integer.parseInt(m.group(1));
        String unit = m.group(2);
        LimitUnit u;
        if (unit.startsWith("ngay lam viec") || unit.equals("ngay lv") || unit.startsWith("working day")
                || unit.startsWith("business day")) {
            u = LimitUnit.WORKING_DAYS;
        } else if (unit.startsWith("gio") || unit.startsWith("working hour")) {
            u = LimitUnit.WORKING_HOURS;
        } else {
            u = LimitUnit.CALENDAR_DAYS;
        }
        if (amount <= 0 || amount > MAX_AMOUNT) {
            throw new InvalidTimeLimitException("limit.unreadableAmount", original, MAX_AMOUNT);
        }
        return new TimeLimit(amount, u);
    }

    private static void checkRest(String original, String rest) {
        String r = rest == null ? "" : rest.strip();
        if (r.startsWith(",") && r.length() > 1 && Character.isDigit(r.charAt(1))
                || r.startsWith(".") && r.length() > 1 && Character.isDigit(r.charAt(1))) {
            throw new InvalidTimeLimitException("limit.unreadable", original);
        }
        if (ANOTHER_LIMIT.matcher(r).find()) {
            throw new InvalidTimeLimitException("limit.twoLimits", original);
        }
    }

    /** Lower case, without Vietnamese diacritics, single spaces. */
    private static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return s.replaceAll("\\s+", " ").strip();
    }

    /**
     * The limit as a Vietnamese catalogue writes it, e.g. {@code "05 ngày làm việc"}.
     *
     * @return the Vietnamese text, read back by {@link #parse(CharSequence)}
     */
    public String toVietnamese() {
        return switch (unit) {
            case WORKING_DAYS -> String.format("%02d ngày làm việc", amount);
            case WORKING_HOURS -> String.format("%02d giờ làm việc", amount);
            case CALENDAR_DAYS -> String.format("%02d ngày", amount);
            case WITHIN_DAY -> "Trong ngày";
        };
    }

    /**
     * The limit in English, e.g. {@code "5 working days"}.
     *
     * @return the English text, read back by {@link #parse(CharSequence)}
     */
    @Override
    public String toString() {
        return switch (unit) {
            case WORKING_DAYS -> amount + (amount == 1 ? " working day" : " working days");
            case WORKING_HOURS -> amount + (amount == 1 ? " working hour" : " working hours");
            case CALENDAR_DAYS -> amount + (amount == 1 ? " calendar day" : " calendar days");
            case WITHIN_DAY -> "within the day";
        };
    }
}
