package vn.dvc.dossier;

/**
 * Who acts on a dossier.
 */
public enum Role {
    /** The applicant (người nộp hồ sơ), with an account or as a guest. */
    APPLICANT("Người nộp hồ sơ", "Applicant"),
    /** An officer of the one-stop office (cán bộ tiếp nhận, bộ phận một cửa). */
    RECEPTION_OFFICER("Cán bộ tiếp nhận", "Reception officer"),
    /** An officer of the processing department (cán bộ thụ lý). */
    PROCESSING_OFFICER("Cán bộ thụ lý", "Processing officer"),
    /** The competent head who signs (lãnh đạo phê duyệt). */
    APPROVER("Lãnh đạo phê duyệt", "Approver"),
    /** A postal agent who receives dossiers or delivers results (nhân viên bưu chính). */
    POSTAL_AGENT("Nhân viên bưu chính", "Postal agent"),
    /** The system itself: portal automation, payment callbacks. */
    SYSTEM("Hệ thống", "System");

    private final String label;
    private final String labelEn;

    Role(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /**
     * The Vietnamese label.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The English label.
     *
     * @return the label
     */
    public String labelEn() {
        return labelEn;
    }
}
