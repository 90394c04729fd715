package vn.dvc.dossier;

/**
 * The one-stop forms a dossier's events produce.
 */
public enum FormType {
    /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
    RECEIPT_SLIP,
    /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
    SUPPLEMENT_REQUEST,
    /** Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
    REFUSAL,
    /** Phiếu xin lỗi và hẹn lại ngày trả kết quả / văn bản xin lỗi và đề nghị gia hạn. */
    APOLOGY,
    /** Thông báo dừng giải quyết hồ sơ (new in Circular 03/2025). */
    STOP_NOTICE,
    /** Phiếu kiểm soát quá trình giải quyết hồ sơ. */
    CONTROL_SLIP
}
