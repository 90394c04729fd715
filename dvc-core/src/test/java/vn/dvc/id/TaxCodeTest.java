package vn.dvc.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvc.i18n.Messages;

class TaxCodeTest {

    /** The wrong variant published elsewhere: 11 − r (with 10 and 11 meaning "no digit"). */
    private static boolean validUnderElevenMinusR(String code) {
        int[] w = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (code.charAt(i) - '0') * w[i];
        }
        int check = 11 - sum % 11;
        return check < 10 && check == code.charAt(9) - '0';
    }

    @ParameterizedTest
    @ValueSource(strings = {"0100109106", "0101248141", "0300588569"})
    void acceptsVerifiedCodes(String code) {
        TaxCode t = TaxCode.parse(code);
        assertThat(t.value()).isEqualTo(code);
        assertThat(t.toString()).isEqualTo(code);
        assertThat(t.isBranch()).isFalse();
        assertThat(t.parent()).isEmpty();
        assertThat(TaxCode.checkDigit(code.substring(0, 9))).isEqualTo(code.charAt(9) - '0');
    }

    @Test
    void dependentUnits() {
        TaxCode branch = TaxCode.parse("0100109106-001");
        assertThat(branch.isBranch()).isTrue();
        assertThat(branch.parent()).contains(TaxCode.parse("0100109106"));
        assertThat(branch.branchNumber()).contains("001");
        assertThat(TaxCode.parse("0300588569-999").branchNumber()).contains("999");
        assertThatThrownBy(() -> TaxCode.parse("0100109106-000")).extracting("code").isEqualTo("id.tax.branchZero");
        assertThatThrownBy(() -> TaxCode.parse("0100109107-001")).extracting("code").isEqualTo("id.tax.checkDigit");
    }

    @Test
    void distinguishesTenMinusRFromElevenMinusR() {
        // r = 4: 10 − r = 6 (right), 11 − r = 7 (wrong)
        assertThat(validUnderElevenMinusR("0100109107")).isTrue();
        assertThatThrownBy(() -> TaxCode.parse("0100109107")).isInstanceOf(InvalidIdentifierException.class)
                .extracting("code").isEqualTo("id.tax.checkDigit");
        // r = 1: 10 − r = 9 (right), 11 − r = 10 (no digit, the wrong variant refuses a real code)
        assertThat(validUnderElevenMinusR("0300588569")).isFalse();
        assertThat(TaxCode.parse("0300588569").value()).isEqualTo("0300588569");
        // r = 9: 10 − r = 1, 11 − r = 2
        assertThat(validUnderElevenMinusR("0101248142")).isTrue();
        assertThatThrownBy(() -> TaxCode.parse("0101248142")).extracting("code").isEqualTo("id.tax.checkDigit");
    }

    @Test
    void refusesNineDigitsThatAdmitNoCheckDigit() {
        // 31·1 + 3·8 = 55 ≡ 0 (mod 11): 10 − 0 = 10 is not a digit
        assertThat(TaxCode.checkDigit("100000008")).isEqualTo(-1);
        for (int d = 0; d <= 9; d++) {
            String code = "100000008" + d;
            assertThatThrownBy(() -> TaxCode.parse(code)).extracting("code").isEqualTo("id.tax.noCheckDigit");
        }
        assertThatThrownBy(() -> TaxCode.parse("0000000000")).extracting("code").isEqualTo("id.tax.noCheckDigit");
    }

    @ParameterizedTest
    @CsvSource({
        "012345678,        id.tax.format",
        "01001091066,      id.tax.format",
        "010010910A,       id.tax.format",
        "0100109106-01,    id.tax.format",
        "0100109106_001,   id.tax.format",
        "0100109106-0011,  id.tax.format",
        "0100109106-00A,   id.tax.format",
        "'',               id.tax.format",
        "0100109105,       id.tax.checkDigit",
    })
    void refusesMalformedCodes(String text, String code) {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class, () -> TaxCode.parse(text));
        assertThat(e.code()).isEqualTo(code);
        if (!text.isEmpty()) {
            assertThat(e.getMessage()).doesNotContain(text);
        }
    }

    @Test
    void checkDigitMessageInBothLanguages() {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> TaxCode.parse("0100109107"));
        assertThat(e.getMessage()).isEqualTo("The tax code's check digit is 7, but its first nine digits require 6:"
                + " the code is mistyped.");
        assertThat(e.message(Messages.VIETNAMESE)).isEqualTo("Chữ số kiểm tra của mã số thuế là 7, nhưng chín chữ số"
                + " đầu đòi hỏi 6: mã số bị nhập sai.");
    }

    @Test
    void checkDigitNeedsNineDigits() {
        assertThatThrownBy(() -> TaxCode.checkDigit("12345678")).extracting("code").isEqualTo("id.tax.firstNine");
    }
}
