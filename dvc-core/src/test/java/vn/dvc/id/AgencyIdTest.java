package vn.dvc.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvc.i18n.Messages;

class AgencyIdTest {

    @ParameterizedTest
    @CsvSource({
        "000.00.00.H30, CIRCULAR_10_2016, H30",
        "000.00.15.H29, CIRCULAR_10_2016, H29",
        "000.20.37.H56, CIRCULAR_10_2016, H56",
        "000.00.04.G14, CIRCULAR_10_2016, G14",
        "G01,           LEVEL_ONE_FIRST,  G01",
        "H29.123.45,    LEVEL_ONE_FIRST,  H29",
        "H55.242,       LEVEL_ONE_FIRST,  H55",
        "A01.B2C.D3,    LEVEL_ONE_FIRST,  A01",
    })
    void readsTheScheme(String text, AgencyId.Scheme scheme, String levelOne) {
        AgencyId a = AgencyId.parse(text);
        assertThat(a.value()).isEqualTo(text);
        assertThat(a.toString()).isEqualTo(text);
        assertThat(a.scheme()).isEqualTo(scheme);
        assertThat(a.levelOneCode()).contains(levelOne);
    }

    @Test
    void otherBodiesBeginWithZ() {
        AgencyId z = AgencyId.parse("Z01.0123456789ABCDEF");
        assertThat(z.scheme()).isEqualTo(AgencyId.Scheme.OTHER_BODY);
        assertThat(z.levelOneCode()).isEmpty();
        assertThat(z.groups()).containsExactly("Z01", "0123456789ABCDEF");
    }

    @Test
    void acceptsThirtyFiveCharactersAndNoMore() {
        String max = "H29." + "1".repeat(31);
        assertThat(max).hasSize(35);
        assertThat(AgencyId.parse(max).value()).isEqualTo(max);
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> AgencyId.parse(max + "1"));
        assertThat(e.code()).isEqualTo("id.agency.length");
        assertThat(e.getMessage()).isEqualTo("The agency identifier has 36 characters: expected 1 to 35"
                + " (Decision 20/2020/QĐ-TTg, Art. 4).");
        assertThat(e.message(Messages.VIETNAMESE)).isEqualTo("Mã định danh cơ quan có 36 ký tự: cần từ 1 đến 35"
                + " (Điều 4 Quyết định 20/2020/QĐ-TTg).");
    }

    @ParameterizedTest
    @CsvSource({
        "'',              id.agency.length",
        "000.00.00.h30,   id.agency.char",
        "000-00-00-H30,   id.agency.char",
        "000.00.00.H30/1, id.agency.char",
        "000 00 00 H30,   id.agency.char",
        "000..00.H30,     id.agency.emptyGroup",
        ".H30,            id.agency.emptyGroup",
        "G01.,            id.agency.emptyGroup",
        "00.00.H30,       id.agency.structure",
        "000.00.00.H3,    id.agency.structure",
        "000.00.00.Z30,   id.agency.structure",
        "000.0A.00.H30,   id.agency.structure",
        "H30.000.00.000,  LEVEL_ONE_FIRST",
        "123,             id.agency.structure",
        "GG1,             id.agency.structure",
    })
    void refusesWhatItCannotEstablish(String text, String code) {
        if (code.equals("LEVEL_ONE_FIRST")) {
            assertThat(AgencyId.parse(text).scheme()).isEqualTo(AgencyId.Scheme.LEVEL_ONE_FIRST);
            return;
        }
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class, () -> AgencyId.parse(text));
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.message(Messages.VIETNAMESE)).isNotBlank();
    }

    @Test
    void structureMessageNamesTheAcceptedShapes() {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> AgencyId.parse("00.00.H30"));
        assertThat(e.getMessage()).startsWith("The agency identifier '00.00.H30' has no level-1 code")
                .contains("000.00.00.H30", "G01", "Circular 10/2016/TT-BTTTT");
        assertThat(e.message(Messages.VIETNAMESE)).startsWith("Mã định danh cơ quan '00.00.H30' không có mã cấp 1");
    }
}
