package vn.dvc.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IdentifierProperties {

    @Provide
    Arbitrary<String> validTaxCodes() {
        return Arbitraries.strings().numeric().ofLength(9)
                .filter(nine -> TaxCode.checkDigit(nine) >= 0)
                .map(nine -> nine + TaxCode.checkDigit(nine));
    }

    @Property
    void everyGeneratedTaxCodeParsesAndItsCheckDigitRecomputes(@ForAll("validTaxCodes") String code,
            @ForAll @IntRange(min = 1, max = 999) int branch) {
        TaxCode t = TaxCode.parse(code);
        assertThat(t.value()).isEqualTo(code);
        assertThat(TaxCode.checkDigit(code.substring(0, 9))).isEqualTo(code.charAt(9) - '0');
        TaxCode b = TaxCode.parse(code + String.format("-%03d", branch));
        assertThat(b.parent()).contains(t);
    }

    @Property
    void anyOtherCheckDigitIsRefused(@ForAll("validTaxCodes") String code, @ForAll @IntRange(min = 1, max = 9) int shift) {
        char wrong = (char) ('0' + (code.charAt(9) - '0' + shift) % 10);
        String mistyped = code.substring(0, 9) + wrong;
        assertThatThrownBy(() -> TaxCode.parse(mistyped)).isInstanceOf(InvalidIdentifierException.class);
    }

    @Property
    void aSingleMistypedDigitAmongTheFirstNineIsCaught(@ForAll("validTaxCodes") String code,
            @ForAll @IntRange(min = 0, max = 8) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        // weights are all prime to 11, so a single-digit change always changes the sum mod 11
        char[] c = code.toCharArray();
        c[position] = (char) ('0' + (c[position] - '0' + shift) % 10);
        assertThat(TaxCode.tryParse(new String(c))).isEmpty();
    }

    @Provide
    Arbitrary<String> personalIds() {
        List<String> provinces = new ArrayList<>(PersonalId.provinceCodes());
        return Combinators.combine(Arbitraries.of(provinces), Arbitraries.integers().between(0, 9),
                Arbitraries.strings().numeric().ofLength(8))
                .as((p, g, rest) -> p + g + rest);
    }

    @Property
    void personalIdsDecodeAndNeverShowInToString(@ForAll("personalIds") String text) {
        PersonalId id = PersonalId.parse(text);
        int g = text.charAt(3) - '0';
        assertThat(id.birthYear()).isEqualTo(1900 + 100 * (g / 2) + Integer.parseInt(text.substring(4, 6)));
        assertThat(id.sex()).isEqualTo(g % 2 == 0 ? Sex.MALE : Sex.FEMALE);
        assertThat(id.isConsistentWith(LocalDate.of(id.birthYear(), 6, 15))).isTrue();
        assertThat(id.isConsistentWith(LocalDate.of(id.birthYear() + 100, 6, 15))).isFalse();
        assertThat(id.toString()).doesNotContain(text).isEqualTo(text.substring(0, 3) + "******" + text.substring(9));
    }

    @Provide
    Arbitrary<DossierCode> dossierCodes() {
        Arbitrary<AgencyId> oneStopAgencies = Arbitraries.of("000.00.00.H30", "000.00.15.H29", "G01", "H55.242",
                "Z01ABC", "H29.123.45").map(AgencyId::parse);
        Arbitrary<AgencyId> centralAgencies = Combinators.combine(Arbitraries.chars().range('A', 'Y'),
                Arbitraries.strings().numeric().ofLength(2),
                Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z').ofLength(3),
                Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z').ofLength(2))
                .as((m, x, y, z) -> AgencyId.parse(m + x + "." + y + "." + z));
        Arbitrary<LocalDate> dates = Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(),
                LocalDate.of(2099, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
        Arbitrary<DossierCode> oneStop = Combinators.combine(oneStopAgencies, dates,
                Arbitraries.integers().between(1, 9999)).as(DossierCode::of);
        Arbitrary<DossierCode> central = Combinators.combine(centralAgencies, dates,
                Arbitraries.integers().between(0, 99), Arbitraries.longs().between(1, 999_999_999_999L))
                .as(DossierCode::centralised);
        return Arbitraries.oneOf(oneStop, central);
    }

    @Property
    void dossierCodesRoundTrip(@ForAll("dossierCodes") DossierCode code) {
        DossierCode again = DossierCode.parse(code.toString());
        assertThat(again).isEqualTo(code);
        assertThat(again.toString()).isEqualTo(code.toString());
        assertThat(again.format()).isEqualTo(code.format());
        assertThat(again.receiptDate()).isEqualTo(code.receiptDate());
        assertThat(again.systemId()).isEqualTo(code.systemId());
    }

    @Property
    void mobileNumbersNormaliseToOneForm(@ForAll("mobileNationals") String national) {
        String nine = national.substring(1);
        MobileNumber n = MobileNumber.parse(national);
        assertThat(MobileNumber.parse("+84" + nine)).isEqualTo(n);
        assertThat(MobileNumber.parse("84" + nine)).isEqualTo(n);
        assertThat(MobileNumber.parse(national.substring(0, 4) + " " + national.substring(4, 7) + " "
                + national.substring(7))).isEqualTo(n);
        assertThat(n.e164()).isEqualTo("+84" + nine);
        assertThat(n.carrier()).isEqualTo(MobilePrefixes.defaults().carrierOf(n.prefix()).orElseThrow());
    }

    @Provide
    Arbitrary<String> mobileNationals() {
        return Combinators.combine(Arbitraries.of(new ArrayList<>(MobilePrefixes.defaults().prefixes())),
                Arbitraries.strings().numeric().ofLength(7)).as((p, rest) -> p + rest);
    }
}
