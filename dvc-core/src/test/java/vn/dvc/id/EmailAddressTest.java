package vn.dvc.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvc.i18n.Messages;

class EmailAddressTest {

    @Test
    void lowerCasesTheDomainOnly() {
        EmailAddress e = EmailAddress.parse(" Nguyen.Van.A@Example.GOV.VN ");
        assertThat(e.localPart()).isEqualTo("Nguyen.Van.A");
        assertThat(e.domain()).isEqualTo("example.gov.vn");
        assertThat(e.value()).isEqualTo("Nguyen.Van.A@example.gov.vn");
        assertThat(e.toString()).isEqualTo(e.value());
        assertThat(e.masked()).isEqualTo("N***@example.gov.vn");
        assertThat(e).isEqualTo(EmailAddress.parse("Nguyen.Van.A@example.gov.vn"));
        assertThat(e).isNotEqualTo(EmailAddress.parse("nguyen.van.a@example.gov.vn"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.vn", "a+tag@mail.example.com", "o'brien@x.io", "x_y-z@a-b.c-d.vn",
        "1@2.3", "abc@xn--dchvcng-5ya.vn"})
    void acceptsPragmaticAddresses(String text) {
        assertThat(EmailAddress.parse(text).value()).isEqualTo(text);
    }

    @Test
    void acceptsTheLimits() {
        String local = "a".repeat(64);
        String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61);
        String address = local + "@" + domain;
        assertThat(address).hasSize(64 + 1 + 189);
        assertThat(EmailAddress.parse(address).value()).isEqualTo(address);
    }

    @ParameterizedTest
    @CsvSource({
        "'',                   id.email.empty",
        "nguyenvana,           id.email.at",
        "a@@b.vn,              id.email.at",
        "a@b@c.vn,             id.email.at",
        "@b.vn,                id.email.localEmpty",
        "a b@c.vn,             id.email.localChar",
        "nguyễn@c.vn,          id.email.localChar",
        "a(b)@c.vn,            id.email.localChar",
        ".a@c.vn,              id.email.localDots",
        "a.@c.vn,              id.email.localDots",
        "a..b@c.vn,            id.email.localDots",
        "a@,                   id.email.domainEmpty",
        "a@localhost,          id.email.domainDot",
        "a@-b.vn,              id.email.domainLabel",
        "a@b-.vn,              id.email.domainLabel",
        "a@b..vn,              id.email.domainLabel",
        "a@b.vn.,              id.email.domainLabel",
        "a@b_c.vn,             id.email.domainChar",
        "a@bộ.vn,              id.email.domainChar",
    })
    void refusesMalformedAddresses(String text, String code) {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> EmailAddress.parse(text));
        assertThat(e.code()).isEqualTo(code);
        if (text.length() > 2) {
            assertThat(e.getMessage()).doesNotContain(text);
        }
    }

    @Test
    void refusesLengthsOverTheLimits() {
        InvalidIdentifierException local = catchThrowableOfType(InvalidIdentifierException.class,
                () -> EmailAddress.parse("a".repeat(65) + "@b.vn"));
        assertThat(local.code()).isEqualTo("id.email.localLength");
        assertThat(local.getMessage()).isEqualTo("The part of the e-mail address before the '@' has 65 characters:"
                + " expected at most 64.");
        InvalidIdentifierException total = catchThrowableOfType(InvalidIdentifierException.class,
                () -> EmailAddress.parse("a@" + ("b".repeat(60) + ".").repeat(5) + "vn"));
        assertThat(total.code()).isEqualTo("id.email.length");
        InvalidIdentifierException label = catchThrowableOfType(InvalidIdentifierException.class,
                () -> EmailAddress.parse("a@" + "b".repeat(64) + ".vn"));
        assertThat(label.code()).isEqualTo("id.email.domainLabel");
    }

    @Test
    void messagesInBothLanguages() {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> EmailAddress.parse("a@localhost"));
        assertThat(e.getMessage()).isEqualTo("The e-mail domain 'localhost' has no dot: expected a domain such as example.vn.");
        assertThat(e.message(Messages.VIETNAMESE)).isEqualTo("Tên miền 'localhost' của địa chỉ thư điện tử không có dấu"
                + " chấm: cần tên miền như example.vn.");
    }
}
