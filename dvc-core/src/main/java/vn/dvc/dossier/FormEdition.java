package vn.dvc.dossier;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The circular whose forms apply, chosen by the date of the event.
 *
 * <table>
 *   <caption>Form numbers</caption>
 *   <tr><th>form</th><th>Circular 01/2018/TT-VPCP, Art. 9</th><th>Circular 03/2025/TT-VPCP, App. I</th></tr>
 *   <tr><td>receipt slip</td><td>01</td><td>01</td></tr>
 *   <tr><td>supplement request</td><td>02</td><td>02</td></tr>
 *   <tr><td>refusal</td><td>03</td><td>03</td></tr>
 *   <tr><td>apology, new appointment</td><td>04</td><td>04</td></tr>
 *   <tr><td>stop notice</td><td>(none)</td><td>05</td></tr>
 *   <tr><td>control slip</td><td>05</td><td>06</td></tr>
 * </table>
 *
 * Circular 03/2025 was issued on 15 September 2025 and its forms apply from that date, as
 * published with its Appendix I; forms 03–05 of that appendix are not confirmed from the primary
 * text (DOMAIN.md §2.1), so the switch date is a setting of {@link DossierEngine.Config}.
 */
public enum FormEdition {
    /** Circular 01/2018/TT-VPCP. */
    CIRCULAR_01_2018("Thông tư 01/2018/TT-VPCP"),
    /** Circular 03/2025/TT-VPCP. */
    CIRCULAR_03_2025("Thông tư 03/2025/TT-VPCP");

    /** The default date from which Circular 03/2025's forms are used. */
    public static final LocalDate CIRCULAR_03_2025_FROM = LocalDate.of(2025, 9, 15);

    private final String circular;

    FormEdition(String circular) {
        this.circular = circular;
    }

    /**
     * The circular's name.
     *
     * @return e.g. "Thông tư 03/2025/TT-VPCP"
     */
    public String circular() {
        return circular;
    }

    /**
     * The form's number in this edition.
     *
     * @param type the form
     * @return e.g. "06" for the control slip of Circular 03/2025; empty where the edition has none
     */
    public Optional<String> number(FormType type) {
        return switch (type) {
            case RECEIPT_SLIP -> Optional.of("01");
            case SUPPLEMENT_REQUEST -> Optional.of("02");
            case REFUSAL -> Optional.of("03");
            case APOLOGY -> Optional.of("04");
            case STOP_NOTICE -> this == CIRCULAR_03_2025 ? Optional.of("05") : Optional.empty();
            case CONTROL_SLIP -> Optional.of(this == CIRCULAR_03_2025 ? "06" : "05");
        };
    }

    /**
     * The edition in force on a date.
     *
     * @param date the event's date
     * @param switchDate the first date of Circular 03/2025's forms
     * @return the edition
     */
    public static FormEdition on(LocalDate date, LocalDate switchDate) {
        return date.isBefore(switchDate) ? CIRCULAR_01_2018 : CIRCULAR_03_2025;
    }
}
