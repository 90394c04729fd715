package vn.dvc.deadline;

/**
 * What a supplement (bổ sung hồ sơ) does to the processing clock. dvc always computes both.
 */
public enum SupplementRule {
    /**
     * The full time limit runs again from the moment the dossier is complete: Decree 61/2018,
     * Art. 19(4), and Decision 45/2016, Art. 7(4) for postal dossiers. The law; the default.
     */
    RESTART,
    /**
     * The waiting time is left out and the rest of the limit continues: the method of Decision
     * 766/QĐ-TTg (indicator 2.1) and of most deployed one-stop systems.
     */
    SUBTRACT
}
