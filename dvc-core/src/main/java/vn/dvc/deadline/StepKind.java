package vn.dvc.deadline;

/**
 * The kinds of internal processing steps (quy trình nội bộ) a time limit is split into.
 */
public enum StepKind {
    /** Receipt at the one-stop office (tiếp nhận). */
    RECEPTION("Tiếp nhận", "Reception"),
    /** Appraisal by the specialised department (thẩm định). */
    APPRAISAL("Thẩm định", "Appraisal"),
    /** Consultation of another agency (lấy ý kiến, phối hợp). */
    CONSULTATION("Lấy ý kiến", "Consultation"),
    /** Approval and signature by the competent head (phê duyệt, ký). */
    APPROVAL("Phê duyệt", "Approval"),
    /** Return of the result via the one-stop office (trả kết quả). */
    RETURN("Trả kết quả", "Return");

    private final String label;
    private final String labelEn;

    StepKind(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /**
     * The Vietnamese label.
     *
     * @return e.g. "Thẩm định"
     */
    public String label() {
        return label;
    }

    /**
     * The English label.
     *
     * @return e.g. "Appraisal"
     */
    public String labelEn() {
        return labelEn;
    }
}
