package vn.dvc.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvc.i18n.Messages;

class TimeLimitTest {

    /** Texts as published in procedure catalogues (Cơ sở dữ liệu quốc gia về TTHC) and in English. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "05 ngày làm việc; 5; WORKING_DAYS",
        "5 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; 5; WORKING_DAYS",
        "Thời hạn giải quyết: 15 ngày làm việc; 15; WORKING_DAYS",
        "20 ngày làm việc (đối với trường hợp phải xác minh thì không quá 30 ngày làm việc); 0; ERROR",
        "03 Ngày làm việc; 3; WORKING_DAYS",
        "04 giờ làm việc; 4; WORKING_HOURS",
        "Trong ngày; 0; WITHIN_DAY",
        "trong ngày làm việc; 0; WITHIN_DAY",
        "Ngay trong ngày; 0; WITHIN_DAY",
        "30 ngày; 30; CALENDAR_DAYS",
        "30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; 30; CALENDAR_DAYS",
        "10 working days; 10; WORKING_DAYS",
        "1 working day; 1; WORKING_DAYS",
        "7 business days; 7; WORKING_DAYS",
        "4 working hours; 4; WORKING_HOURS",
        "30 calendar days; 30; CALENDAR_DAYS",
        "45 days; 45; CALENDAR_DAYS",
        "within the day; 0; WITHIN_DAY",
        "Same day; 0; WITHIN_DAY"})
    void parsesCatalogueTexts(String text, int amount, String unit) {
        if (unit.equals("ERROR")) {
            assertThatThrownBy(() -> TimeLimit.parse(text)).isInstanceOf(InvalidTimeLimitException.class)
                    .hasMessageContaining("more than one time limit");
            return;
        }
        TimeLimit limit = TimeLimit.parse(text);
        assertThat(limit).isEqualTo(new TimeLimit(amount, LimitUnit.valueOf(unit)));
    }

    @Test
    void decomposedUnicodeIsReadToo() {
        String nfd = Normalizer.normalize("05 ngày làm việc", Normalizer.Form.NFD);
        assertThat(TimeLimit.parse(nfd)).isEqualTo(TimeLimit.workingDays(5));
    }

    @ParameterizedTest
    @EnumSource(LimitUnit.class)
    void textFormsReadBack(LimitUnit unit) {
        TimeLimit limit = unit == LimitUnit.WITHIN_DAY ? TimeLimit.withinDay() : TimeLimit.of(12, unit);
        assertThat(TimeLimit.parse(limit.toVietnamese())).isEqualTo(limit);
        assertThat(TimeLimit.parse(limit.toString())).isEqualTo(limit);
    }

    @Test
    void textForms() {
        assertThat(TimeLimit.workingDays(5).toVietnamese()).isEqualTo("05 ngày làm việc");
        assertThat(TimeLimit.workingHours(4)).hasToString("4 working hours");
        assertThat(TimeLimit.calendarDays(1)).hasToString("1 calendar day");
        assertThat(TimeLimit.withinDay().toVietnamese()).isEqualTo("Trong ngày");
    }

    /** Unreadable text is refused with the text quoted; never a guessed default. */
    @ParameterizedTest
    @ValueSource(strings = {"", "năm ngày làm việc", "0,5 ngày làm việc", "1.5 working days", "04 giờ", "4 hours",
        "5 tuần", "ngày làm việc", "Theo quy định", "00 ngày làm việc", "99999 ngày", "5 ngày làm việc hoặc 10 ngày"})
    void unreadableTextsAreRefused(String text) {
        assertThatThrownBy(() -> TimeLimit.parse(text)).isInstanceOf(InvalidTimeLimitException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void messagesInBothLanguages() {
        assertThatThrownBy(() -> TimeLimit.parse("Theo quy định"))
                .hasMessage("'Theo quy định' is not a time limit: expected e.g. '05 ngày làm việc', '04 giờ làm việc',"
                        + " '30 ngày', 'Trong ngày', '10 working days'.")
                .satisfies(e -> assertThat(((InvalidTimeLimitException) e).message(Messages.VIETNAMESE))
                        .startsWith("'Theo quy định' không phải thời hạn giải quyết"));
    }

    @Test
    void meaninglessAmountsAreRefused() {
        assertThatThrownBy(() -> TimeLimit.workingDays(0)).isInstanceOf(InvalidTimeLimitException.class)
                .hasMessage("A time limit of 0 WORKING_DAYS is meaningless: expected an amount from 1 to 3000.");
        assertThatThrownBy(() -> TimeLimit.workingHours(-4)).isInstanceOf(InvalidTimeLimitException.class);
        assertThatThrownBy(() -> TimeLimit.calendarDays(TimeLimit.MAX_AMOUNT + 1)).isInstanceOf(InvalidTimeLimitException.class);
        assertThatThrownBy(() -> TimeLimit.of(1, LimitUnit.WITHIN_DAY)).isInstanceOf(InvalidTimeLimitException.class)
                .hasMessage("A within-the-day limit has no amount: got 1.");
        assertThatThrownBy(() -> TimeLimit.of(1, null)).isInstanceOf(NullPointerException.class);
    }
}
