package vn.dvc.dossier;

/**
 * How a resolved dossier was decided.
 */
public enum Outcome {
    /** Approved: a result (giấy tờ, quyết định) is issued. */
    APPROVED,
    /** Rejected on the merits, with reasons (văn bản trả lời, nêu rõ lý do). */
    REJECTED
}
