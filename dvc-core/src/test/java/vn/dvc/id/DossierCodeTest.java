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

class DossierCodeTest {

    @Test
    void readsTheOneStopFormat() {
        DossierCode c = DossierCode.parse("000.00.00.H30-250129-0001");
        assertThat(c.format()).isEqualTo(DossierCode.Format.ONE_STOP);
        assertThat(c.agency()).isEqualTo(AgencyId.parse("000.00.00.H30"));
        assertThat(c.receiptDate()).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(c.sequence()).isEqualTo(1);
        assertThat(c.systemId()).isEmpty();
        assertThat(c.toString()).isEqualTo("000.00.00.H30-250129-0001");
        assertThat(c).isEqualTo(DossierCode.of(AgencyId.parse("000.00.00.H30"), LocalDate.of(2025, 1, 29), 1));
        assertThat(DossierCode.parse("G01-991231-9999").sequence()).isEqualTo(9999);
    }

    @Test
    void readsTheCentralisedFormat() {
        DossierCode c = DossierCode.parse("H29.123.45-250129-010001");
        assertThat(c.format()).isEqualTo(DossierCode.Format.CENTRALISED);
        assertThat(c.agency().value()).isEqualTo("H29.123.45");
        assertThat(c.receiptDate()).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(c.systemId()).hasValue(1);
        assertThat(c.sequence()).isEqualTo(1);
        assertThat(c.toString()).isEqualTo("H29.123.45-250129-010001");
        assertThat(c).isEqualTo(DossierCode.centralised(AgencyId.parse("H29.123.45"), LocalDate.of(2025, 1, 29), 1, 1));

        DossierCode wide = DossierCode.parse("H29.123.45-250129-990000123456");
        assertThat(wide.systemId()).hasValue(99);
        assertThat(wide.sequence()).isEqualTo(123456);
        assertThat(wide.toString()).isEqualTo("H29.123.45-250129-990000123456");
        assertThat(wide).isNotEqualTo(DossierCode.centralised(AgencyId.parse("H29.123.45"), LocalDate.of(2025, 1, 29), 99,
                123456));
        assertThat(DossierCode.centralised(AgencyId.parse("H29.123.45"), LocalDate.of(2025, 1, 29), 7, 123456)
                .toString()).isEqualTo("H29.123.45-250129-07123456");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000.00.00.H30-250129-0001", "000.00.15.H29-200229-0420", "H55.242-251231-9999",
        "H29.123.45-250129-010001", "H29.123.45-000101-00000000000001", "G01-250101-0007"})
    void roundTrips(String text) {
        assertThat(DossierCode.parse(text).toString()).isEqualTo(text);
        assertThat(DossierCode.parse(text)).isEqualTo(DossierCode.parse(text)).hasSameHashCodeAs(DossierCode.parse(text));
    }

    @ParameterizedTest
    @CsvSource({
        "000.00.00.H30-250230-0001,      id.dossier.date",
        "000.00.00.H30-251301-0001,      id.dossier.date",
        "000.00.00.H30-250100-0001,      id.dossier.date",
        "000.00.00.H30-2501290-0001,     id.dossier.date",
        "000.00.00.H30-25012A-0001,      id.dossier.date",
        "000.00.00.H30-250129-001,       id.dossier.sequence",
        "000.00.00.H30-250129-00001,     id.dossier.sequence",
        "000.00.00.H30-250129-000A,      id.dossier.sequence",
        "H29.123.45-250129-010000000000001, id.dossier.sequence",
        "000.00.00.H30-250129-0000,      id.dossier.sequenceZero",
        "H29.123.45-250129-010000,       id.dossier.sequenceZero",
        "000.00.00.H30-250129-010001,    id.dossier.centralAgency",
        "H29.12.45-250129-010001,        id.dossier.centralAgency",
        "000.00.00.H30-250129,           id.dossier.parts",
        "000.00.00.H30-250129-0001-1,    id.dossier.parts",
        "000.00.00.H30/250129/0001,      id.dossier.parts",
        "000.00.00.h30-250129-0001,      id.agency.char",
        "-250129-0001,                   id.agency.length",
    })
    void refusesMalformedCodes(String text, String code) {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class, () -> DossierCode.parse(text));
        assertThat(e.code()).isEqualTo(code);
    }

    @Test
    void dateMessageInBothLanguages() {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> DossierCode.parse("000.00.00.H30-250230-0001"));
        assertThat(e.getMessage()).isEqualTo("The dossier code '000.00.00.H30-250230-0001' has the receipt date '250230',"
                + " which is not a date: expected YYMMDD, e.g. 250129 for 29 January 2025.");
        assertThat(e.message(Messages.VIETNAMESE)).isEqualTo("Mã số hồ sơ '000.00.00.H30-250230-0001' có ngày tiếp nhận"
                + " '250230', không phải ngày hợp lệ: cần YYMMDD, ví dụ 250129 là ngày 29 tháng 01 năm 2025.");
    }

    @Test
    void factoriesCheckTheirArguments() {
        AgencyId ubnd = AgencyId.parse("000.00.00.H30");
        LocalDate day = LocalDate.of(2025, 1, 29);
        assertThatThrownBy(() -> DossierCode.of(ubnd, day, 0)).extracting("code").isEqualTo("id.dossier.sequenceRange");
        assertThatThrownBy(() -> DossierCode.of(ubnd, day, 10_000)).extracting("code")
                .isEqualTo("id.dossier.sequenceRange");
        assertThatThrownBy(() -> DossierCode.of(ubnd, LocalDate.of(2100, 1, 1), 1)).extracting("code")
                .isEqualTo("id.dossier.year");
        assertThatThrownBy(() -> DossierCode.centralised(ubnd, day, 1, 1)).extracting("code")
                .isEqualTo("id.dossier.centralAgency");
        AgencyId central = AgencyId.parse("H29.123.45");
        assertThatThrownBy(() -> DossierCode.centralised(central, day, 100, 1)).extracting("code")
                .isEqualTo("id.dossier.systemId");
        assertThatThrownBy(() -> DossierCode.centralised(central, day, 1, 0)).extracting("code")
                .isEqualTo("id.dossier.sequenceRange");
        assertThat(DossierCode.of(central, day, 12).toString()).isEqualTo("H29.123.45-250129-0012");
    }
}
