package vn.dvc.dossier;

/**
 * The states of a dossier (hồ sơ), each mapped onto the national public service portal's status
 * code 1–10 (Circular 22/2019 Art. 4; DVCQG keys), many-to-one where the portal has fewer states.
 */
public enum DossierState {
    /** Submitted, not yet received (Mới đăng ký). Portal 1. */
    SUBMITTED(1, "receiving", "Mới đăng ký", "Submitted"),
    /** The reception officer asked, once, to complete the dossier before receipt. Portal 5. */
    COMPLETION_REQUESTED(5, "waiting", "Yêu cầu bổ sung, hoàn thiện hồ sơ", "Completion requested"),
    /** Received, receipt slip issued, clock running (Được tiếp nhận). Portal 2. */
    RECEIVED(2, "new", "Được tiếp nhận", "Received"),
    /** Receipt refused (Không được tiếp nhận). Portal 3. Terminal. */
    REFUSED(3, "denied", "Không được tiếp nhận", "Refused"),
    /** Being processed at a step of an agency (Đang xử lý). Portal 4. */
    PROCESSING(4, "processing", "Đang xử lý", "Processing"),
    /** Waiting for the applicant's supplement; clock stopped (Yêu cầu bổ sung giấy tờ). Portal 5. */
    SUPPLEMENT_REQUESTED(5, "waiting", "Yêu cầu bổ sung giấy tờ", "Supplement requested"),
    /** Waiting for the applicant's financial obligation (Yêu cầu thực hiện nghĩa vụ tài chính). Portal 6. */
    FINANCIAL_OBLIGATION(6, "paying", "Yêu cầu thực hiện nghĩa vụ tài chính", "Financial obligation requested"),
    /** The applicant asked to withdraw (Công dân yêu cầu rút hồ sơ). Portal 7. */
    WITHDRAWAL_REQUESTED(7, "cancelled", "Công dân yêu cầu rút hồ sơ", "Withdrawal requested"),
    /** Withdrawn at the applicant's request. Portal 7. Terminal. */
    WITHDRAWN(7, "cancelled", "Đã rút hồ sơ", "Withdrawn"),
    /** Processing stopped (Dừng xử lý). Portal 8. Terminal. */
    STOPPED(8, "unresolved", "Dừng xử lý", "Stopped"),
    /** Resolved, approved or rejected, result ready (Đã xử lý xong). Portal 9. */
    RESOLVED(9, "releasing", "Đã xử lý xong", "Resolved"),
    /** Result returned to the applicant (Đã trả kết quả). Portal 10. Terminal. */
    RETURNED(10, "done", "Đã trả kết quả", "Result returned");

    private final int portalCode;
    private final String portalKey;
    private final String label;
    private final String labelEn;

    DossierState(int portalCode, String portalKey, String label, String labelEn) {
        this.portalCode = portalCode;
        this.portalKey = portalKey;
        this.label = label;
        this.labelEn = labelEn;
    }

    /**
     * The national portal's status code ({@code TrangThaiHoSo}).
     *
     * @return 1 to 10
     */
    public int portalCode() {
        return portalCode;
    }

    /**
     * The national portal's status key, e.g. {@code processing}.
     *
     * @return the key
     */
    public String portalKey() {
        return portalKey;
    }

    /**
     * The Vietnamese label.
     *
     * @return e.g. "Đang xử lý"
     */
    public String label() {
        return label;
    }

    /**
     * The English label.
     *
     * @return e.g. "Processing"
     */
    public String labelEn() {
        return labelEn;
    }

    /**
     * Whether no command can leave this state.
     *
     * @return {@code true} for refused, withdrawn, stopped and returned dossiers
     */
    public boolean isTerminal() {
        return this == REFUSED || this == WITHDRAWN || this == STOPPED || this == RETURNED;
    }

    /**
     * Whether the dossier has been received, so that its clock exists.
     *
     * @return {@code true} from reception on (except refused)
     */
    public boolean isReceived() {
        return this != SUBMITTED && this != COMPLETION_REQUESTED && this != REFUSED;
    }
}
