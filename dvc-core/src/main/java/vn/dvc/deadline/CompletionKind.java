package vn.dvc.deadline;

/**
 * How a finished dossier compares with its due.
 */
public enum CompletionKind {
    /** Finished on an earlier date than the due date (trước hạn). */
    EARLY("Trước hạn", "Early"),
    /** Finished on the due date, not after the due moment (đúng hạn). */
    ON_TIME("Đúng hạn", "On time"),
    /** Finished after the due moment (quá hạn). */
    OVERDUE("Quá hạn", "Overdue");

    private final String label;
    private final String labelEn;

    CompletionKind(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /**
     * The Vietnamese label.
     *
     * @return e.g. "Đúng hạn"
     */
    public String label() {
        return label;
    }

    /**
     * The English label.
     *
     * @return e.g. "On time"
     */
    public String labelEn() {
        return labelEn;
    }
}
