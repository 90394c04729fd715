package vn.dvc.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvc.i18n.Messages;

class MobileNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "+84912345678", "84912345678", "0912 345 678", "091.234.5678",
        "091-234-5678", "(+84) 912 345 678", " +84 91 234 5678 "})
    void normalisesEveryAcceptedForm(String text) {
        MobileNumber n = MobileNumber.parse(text);
        assertThat(n.national()).isEqualTo("0912345678");
        assertThat(n.e164()).isEqualTo("+84912345678");
        assertThat(n.prefix()).isEqualTo("091");
        assertThat(n.carrier()).isEqualTo(MobileCarrier.VINAPHONE);
        assertThat(n).isEqualTo(MobileNumber.parse("0912345678"));
    }

    @ParameterizedTest
    @CsvSource({
        "0321234567, Viettel", "0391234567, Viettel", "0861234567, Viettel", "0981234567, Viettel",
        "0811234567, Vinaphone", "0851234567, Vinaphone", "0881234567, Vinaphone", "0941234567, Vinaphone",
        "0701234567, MobiFone", "0761234567, MobiFone", "0791234567, MobiFone", "0891234567, MobiFone",
        "0901234567, MobiFone", "0931234567, MobiFone",
        "0561234567, Vietnamobile", "0581234567, Vietnamobile", "0921234567, Vietnamobile",
        "0521234567, Vietnamobile",
        "0591234567, Gmobile", "0991234567, Gmobile",
        "0871234567, iTel", "0551234567, Wintel",
    })
    void findsTheCarrierFromTheDefaultPrefixes(String text, String carrier) {
        assertThat(MobileNumber.parse(text).carrier().name()).isEqualTo(carrier);
    }

    @Test
    void defaultPrefixesMarkTheUncertainOnes() {
        MobilePrefixes d = MobilePrefixes.defaults();
        assertThat(d.uncertainPrefixes()).containsExactly("052", "055", "087");
        assertThat(d.isUncertain("091")).isFalse();
        assertThat(d.prefixes()).hasSize(12 + 8 + 8 + 4 + 2 + 1 + 1);
        MobilePrefixes confirmed = d.toBuilder().removeUncertain().build();
        assertThat(confirmed.prefixes()).doesNotContain("052", "055", "087").contains("091");
        assertThatThrownBy(() -> MobileNumber.parse("0871234567", confirmed)).extracting("code")
                .isEqualTo("id.mobile.prefix");
    }

    @Test
    void refusesAnUnknownPrefixNamingIt() {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> MobileNumber.parse("0612345678"));
        assertThat(e.code()).isEqualTo("id.mobile.prefix");
        assertThat(e.getMessage()).startsWith("The mobile prefix 061 belongs to no carrier in the prefix list")
                .doesNotContain("0612345678");
        assertThat(e.message(Messages.VIETNAMESE)).startsWith("Đầu số 061 không thuộc nhà mạng nào");
        // a landline is not a mobile number
        assertThatThrownBy(() -> MobileNumber.parse("0243 123 4567")).extracting("code").isEqualTo("id.mobile.format");
        assertThatThrownBy(() -> MobileNumber.parse("0212345678")).extracting("code").isEqualTo("id.mobile.prefix");
    }

    @Test
    void acceptsACustomPrefixList() {
        MobileCarrier local = MobileCarrier.of("Local");
        MobilePrefixes custom = MobilePrefixes.builder().add(local, "061").build();
        MobileNumber n = MobileNumber.parse("0612345678", custom);
        assertThat(n.carrier()).isEqualTo(local);
        assertThatThrownBy(() -> MobileNumber.parse("0912345678", custom)).extracting("code")
                .isEqualTo("id.mobile.prefix");
        MobilePrefixes extended = MobilePrefixes.defaults().toBuilder().add(local, "061").build();
        assertThat(MobileNumber.parse("0612345678", extended).carrier()).isEqualTo(local);
        assertThat(MobilePrefixes.defaults().prefixes()).doesNotContain("061");
    }

    @ParameterizedTest
    @ValueSource(strings = {"32", "0032", "00x", "003", "132"})
    void refusesMalformedPrefixSettings(String prefix) {
        assertThatThrownBy(() -> MobilePrefixes.builder().add(MobileCarrier.VIETTEL, prefix)).extracting("code")
                .isEqualTo("id.prefixes.bad");
    }

    @Test
    void refusesEmptyListsAndBlankCarriers() {
        assertThatThrownBy(() -> MobilePrefixes.builder().build()).extracting("code").isEqualTo("id.prefixes.empty");
        assertThatThrownBy(() -> MobileCarrier.of(" ")).extracting("code").isEqualTo("id.carrier.blank");
    }

    @ParameterizedTest
    @CsvSource({
        "098765432,       id.mobile.format",
        "09123456789,     id.mobile.format",
        "987654321,       id.mobile.format",
        "0012345678,      id.mobile.format",
        "840912345678,    id.mobile.format",
        "+85512345678,    id.mobile.international",
        "+8498765432,     id.mobile.international",
        "0912a45678,      id.mobile.badChar",
        "0912+345678,     id.mobile.badChar",
        "'',              id.mobile.format",
    })
    void refusesMalformedNumbers(String text, String code) {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> MobileNumber.parse(text));
        assertThat(e.code()).isEqualTo(code);
        if (text.length() > 1) {
            assertThat(e.getMessage()).doesNotContain(text);
        }
    }

    @Test
    void masksOnDemand() {
        MobileNumber n = MobileNumber.parse("0912345678");
        assertThat(n.masked()).isEqualTo("091****678");
        assertThat(n.toString()).isEqualTo("0912345678");
    }
}
