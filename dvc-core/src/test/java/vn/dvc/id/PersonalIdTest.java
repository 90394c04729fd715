package vn.dvc.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvc.i18n.Messages;

class PersonalIdTest {

    @ParameterizedTest
    @CsvSource({
        "001085012345, 001, MALE,   1985",
        "001198000001, 001, FEMALE, 1998",
        "079303000789, 079, FEMALE, 2003",
        "079203000789, 079, MALE,   2003",
        "087084000999, 087, MALE,   1984",
        "096212345678, 096, MALE,   2012",
        "048400000001, 048, MALE,   2100",
        "031999999999, 031, FEMALE, 2399",
    })
    void readsProvinceSexAndBirthYear(String text, String province, Sex sex, int year) {
        PersonalId id = PersonalId.parse(text);
        assertThat(id.value()).isEqualTo(text);
        assertThat(id.provinceCode()).isEqualTo(province);
        assertThat(id.sex()).isEqualTo(sex);
        assertThat(id.birthYear()).isEqualTo(year);
    }

    @Test
    void acceptsEveryListedProvinceAndNothingElse() {
        assertThat(PersonalId.provinceCodes()).hasSize(63).first().isEqualTo("001");
        for (int p = 0; p <= 999; p++) {
            String code = String.format("%03d", p);
            boolean listed = PersonalId.provinceCodes().contains(code);
            assertThat(PersonalId.tryParse(code + "085012345")).as(code).isEqualTo(
                    listed ? java.util.Optional.of(PersonalId.parse(code + "085012345")) : java.util.Optional.empty());
        }
        assertThat(PersonalId.provinceCodes()).doesNotContain("003", "097", "000", "039", "050");
    }

    @Test
    void ignoresSurroundingWhiteSpaceOnly() {
        assertThat(PersonalId.parse("  001085012345\n")).isEqualTo(PersonalId.parse("001085012345"));
        assertThatThrownBy(() -> PersonalId.parse("001 085 012345")).isInstanceOf(InvalidIdentifierException.class)
                .extracting("code").isEqualTo("id.personal.notDigit");
    }

    @ParameterizedTest
    @CsvSource({
        "00108501234,   id.personal.length",
        "0010850123456, id.personal.length",
        "'',            id.personal.length",
        "00108501234a,  id.personal.notDigit",
        "００１085012345, id.personal.notDigit",
        "003085012345,  id.personal.province",
        "097085012345,  id.personal.province",
        "000085012345,  id.personal.province",
    })
    void refusesMalformedNumbers(String text, String code) {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class, () -> PersonalId.parse(text));
        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo(code);
        if (text.length() > 3) {
            assertThat(e.getMessage()).doesNotContain(text);
            assertThat(e.message(Messages.VIETNAMESE)).doesNotContain(text);
        }
    }

    @Test
    void provinceMessageInBothLanguages() {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> PersonalId.parse("003085012345"));
        assertThat(e.getMessage()).isEqualTo("The personal identification number starts with 003, which is not a"
                + " province code of birth registration: expected one of the 63 codes of Circular 07/2016/TT-BCA,"
                + " Appendix 1 (001 Hà Nội to 096 Cà Mau).");
        assertThat(e.message(Messages.VIETNAMESE)).startsWith("Số định danh cá nhân bắt đầu bằng 003, không phải mã tỉnh")
                .contains("Thông tư 07/2016/TT-BCA");
        assertThat(e).isInstanceOf(vn.dvc.InvalidInputException.class);
    }

    @Test
    void crossChecksTheDateOfBirth() {
        PersonalId id = PersonalId.parse("001085012345");
        assertThat(id.isConsistentWith(LocalDate.of(1985, 7, 1))).isTrue();
        assertThat(id.isConsistentWith(LocalDate.of(2085, 7, 1))).isFalse();
        assertThat(id.checkBirthDate(LocalDate.of(1985, 12, 31))).isSameAs(id);

        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> id.checkBirthDate(LocalDate.of(2085, 1, 1)));
        assertThat(e.code()).isEqualTo("id.personal.birthYear");
        assertThat(e.getMessage()).isEqualTo("The personal identification number encodes a birth in 1985"
                + " (century-and-sex digit 0, year digits 85), but the year of birth given is 2085: one of them is wrong.");
        assertThat(e.message(Messages.VIETNAMESE)).contains("năm sinh 1985", "2085");
        assertThat(e.getMessage()).doesNotContain("001085012345");

        // century digit 2 (2000s) with a birth in the 1900s
        PersonalId young = PersonalId.parse("079203000789");
        assertThatThrownBy(() -> young.checkBirthYear(1903)).isInstanceOf(InvalidIdentifierException.class);
        assertThat(young.checkBirthYear(2003)).isSameAs(young);
    }

    @Test
    void neverPrintsTheFullNumber() {
        PersonalId id = PersonalId.parse("001085012789");
        assertThat(id.masked()).isEqualTo("001******789");
        assertThat(id.toString()).isEqualTo("001******789").doesNotContain("085012");
        assertThat(String.valueOf(id)).doesNotContain("001085012789");
        assertThat(java.util.List.of(id).toString()).doesNotContain("001085012789");
    }

    @ParameterizedTest
    @ValueSource(strings = {"001085012345", "096999999999"})
    void equalOnTheNumber(String text) {
        assertThat(PersonalId.parse(text)).isEqualTo(PersonalId.parse(" " + text))
                .hasSameHashCodeAs(PersonalId.parse(text));
        assertThat(PersonalId.parse(text)).isNotEqualTo(PersonalId.parse("002085012345"));
    }
}
