package vn.dvc.deadline;

/**
 * Where an unfinished dossier stands against its due at an instant.
 */
public enum OpenState {
    /** More working time is left than the due-soon threshold (chưa đến hạn). */
    NOT_YET_DUE("Chưa đến hạn", "Not yet due"),
    /** The due is within the threshold, default one working day (sắp đến hạn). */
    DUE_SOON("Sắp đến hạn", "Due soon"),
    /** The due has passed (quá hạn). */
    OVERDUE("Quá hạn", "Overdue"),
    /** The clock is stopped, e.g. waiting for a supplement (tạm dừng). */
    PAUSED("Tạm dừng", "Paused");

    private final String label;
    private final String labelEn;

    OpenState(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /**
     * The Vietnamese label.
     *
     * @return e.g. "Quá hạn"
     */
    public String label() {
        return label;
    }

    /**
     * The English label.
     *
     * @return e.g. "Overdue"
     */
    public String labelEn() {
        return labelEn;
    }
}
