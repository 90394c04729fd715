package vn.dvc.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvc.i18n.Messages;

class OldIdNumberTest {

    @Test
    void readsNineDigitNumbers() {
        OldIdNumber hanoi = OldIdNumber.parse("012345789");
        assertThat(hanoi.isTwelveDigits()).isFalse();
        assertThat(hanoi.provinceCode()).isEqualTo("01");
        assertThat(hanoi.asPersonalId()).isEmpty();
        assertThat(OldIdNumber.parse("381234567").provinceCode()).isEqualTo("38");
        assertThat(OldIdNumber.defaultProvincePrefixes()).hasSize(38).contains("01", "02", "38");
    }

    @Test
    void readsTwelveDigitNumbersAsPersonalIds() {
        OldIdNumber n = OldIdNumber.parse("001085012345");
        assertThat(n.isTwelveDigits()).isTrue();
        assertThat(n.provinceCode()).isEqualTo("001");
        assertThat(n.asPersonalId()).contains(PersonalId.parse("001085012345"));
    }

    @ParameterizedTest
    @CsvSource({
        "01234578,      id.oldId.length",
        "0123457890,    id.oldId.length",
        "01234578x,     id.oldId.notDigit",
        "391234567,     id.oldId.province",
        "001234567,     id.oldId.province",
        "003085012345,  id.oldId12.province",
    })
    void refusesMalformedNumbers(String text, String code) {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class, () -> OldIdNumber.parse(text));
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.getMessage()).doesNotContain(text);
        assertThat(e.message(Messages.VIETNAMESE)).doesNotContain(text);
    }

    @Test
    void provinceMessageInBothLanguages() {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> OldIdNumber.parse("391234567", Set.of("01", "02")));
        assertThat(e.getMessage()).isEqualTo("The 9-digit old ID card number (CMND) starts with 39, which is not a"
                + " known issuing-province prefix: expected one of 01, 02.");
        assertThat(e.message(Messages.VIETNAMESE)).isEqualTo("Số chứng minh nhân dân 9 số bắt đầu bằng 39, không phải"
                + " mã tỉnh cấp đã biết: cần một trong 01, 02.");
    }

    @Test
    void prefixListIsConfiguration() {
        assertThat(OldIdNumber.parse("391234567", Set.of("39")).provinceCode()).isEqualTo("39");
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> OldIdNumber.parse("011234567", Set.of("1")));
        assertThat(e.code()).isEqualTo("id.oldId.badPrefixSetting");
    }

    @Test
    void masksTheNumber() {
        assertThat(OldIdNumber.parse("012345789").toString()).isEqualTo("01****789");
        assertThat(OldIdNumber.parse("001085012789").toString()).isEqualTo("001******789");
        assertThat(OldIdNumber.parse("012345789").value()).isEqualTo("012345789");
        assertThat(OldIdNumber.parse("012345789")).isEqualTo(OldIdNumber.parse("012345789 "));
    }
}
