package vn.dvc.id.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvc.i18n.Messages;

class IdentifierConstraintsTest {

    record Applicant(@ValidPersonalId String id, @ValidMobileNumber String phone) {
    }

    record Organisation(@ValidTaxCode String taxCode, @ValidTaxCode(allowBranch = false) String headOffice,
            @ValidEmail String email, @ValidOldIdNumber String representativeCmnd) {
    }

    static final class Form {
        @ValidPersonalId
        String id;
        @ValidEmail
        StringBuilder email;

        Form(String id, StringBuilder email) {
            this.id = id;
            this.email = email;
        }
    }

    private static ValidatorFactory english;
    private static ValidatorFactory vietnamese;

    @BeforeAll
    static void factories() {
        english = Validation.byProvider(HibernateValidator.class).configure()
                .locales(Locale.ROOT, Messages.VIETNAMESE).defaultLocale(Locale.ROOT).buildValidatorFactory();
        vietnamese = Validation.byProvider(HibernateValidator.class).configure()
                .locales(Locale.ROOT, Messages.VIETNAMESE).defaultLocale(Messages.VIETNAMESE).buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        english.close();
        vietnamese.close();
    }

    private static Map<String, String> violations(Validator v, Object bean) {
        Map<String, String> m = new TreeMap<>();
        for (ConstraintViolation<Object> c : v.validate(bean)) {
            m.put(c.getPropertyPath().toString(), c.getMessage());
        }
        return m;
    }

    @Test
    void validApplicantHasNoViolation() {
        Validator v = english.getValidator();
        assertThat(v.validate(new Applicant("001085012345", "0912 345 678"))).isEmpty();
        assertThat(v.validate(new Applicant(null, null))).as("null is valid").isEmpty();
    }

    @Test
    void invalidApplicantGetsOneViolationPerFieldInEnglish() {
        Map<String, String> m = violations(english.getValidator(), new Applicant("003085012345", "0612345678"));
        assertThat(m).containsOnlyKeys("id", "phone");
        assertThat(m.get("id")).startsWith("must be a personal identification number: 12 digits");
        assertThat(m.get("phone")).startsWith("must be a Vietnamese mobile number");
    }

    @Test
    void messagesInVietnamese() {
        Map<String, String> m = violations(vietnamese.getValidator(), new Applicant("00108501234", "0912345678"));
        assertThat(m).containsOnlyKeys("id");
        assertThat(m.get("id")).startsWith("phải là số định danh cá nhân: 12 chữ số");
    }

    @Test
    void organisationConstraints() {
        Validator v = english.getValidator();
        assertThat(v.validate(new Organisation("0100109106-001", "0100109106", "a@b.vn", "012345789"))).isEmpty();
        Map<String, String> m = violations(v, new Organisation("0100109107", "0100109106-001", "a@localhost", "391234567"));
        assertThat(m).containsOnlyKeys("taxCode", "headOffice", "email", "representativeCmnd");
        assertThat(m.get("taxCode")).startsWith("must be a tax code");
        assertThat(m.get("email")).isEqualTo("must be an e-mail address such as name@example.vn");
        assertThat(m.get("representativeCmnd")).startsWith("must be an old ID card number (CMND)");
    }

    @Test
    void worksOnFieldsOfAnyCharSequence() {
        Validator v = english.getValidator();
        assertThat(v.validate(new Form("001085012345", new StringBuilder("x@y.vn")))).isEmpty();
        Set<ConstraintViolation<Form>> bad = v.validate(new Form("1", new StringBuilder("x@y")));
        assertThat(bad).hasSize(2);
    }

    @Test
    void validatesMethodParameters() throws NoSuchMethodException {
        Validator v = english.getValidator();
        var method = Service.class.getMethod("register", String.class);
        assertThat(v.forExecutables().validateParameters(new Service(), method, new Object[] {"0101248141"})).isEmpty();
        assertThat(v.forExecutables().validateParameters(new Service(), method, new Object[] {"0101248142"})).hasSize(1);
    }

    record Custom(@ValidEmail(message = "{vn.dvc.id.validation.ValidEmail.message} (got ${validatedValue})") String email) {
    }

    @Test
    void expressionLanguageWorksInCustomMessages() {
        // Hibernate Validator 9.0.1 with Expressly 5.0.0 (Jakarta EL 5): EL expressions are evaluated (method
        // calls are not, by Hibernate Validator's default expression-language feature level)
        Map<String, String> m = violations(english.getValidator(), new Custom("x@y"));
        assertThat(m).containsEntry("email", "must be an e-mail address such as name@example.vn (got x@y)");
    }

    public static final class Service {
        public void register(@ValidTaxCode String taxCode) {
        }
    }
}
