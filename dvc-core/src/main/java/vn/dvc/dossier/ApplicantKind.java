package vn.dvc.dossier;

/**
 * The kind of applicant, with the national portal's {@code LoaiDoiTuong} code.
 */
public enum ApplicantKind {
    /** A citizen (công dân). Code 1. */
    CITIZEN(1),
    /** An enterprise (doanh nghiệp). Code 2. */
    ENTERPRISE(2),
    /** A state body (cơ quan nhà nước). Code 3. */
    STATE_BODY(3),
    /** Any other organisation. Code 4. */
    OTHER(4);

    private final int portalCode;

    ApplicantKind(int portalCode) {
        this.portalCode = portalCode;
    }

    /**
     * The portal's {@code LoaiDoiTuong} code.
     *
     * @return 1 to 4
     */
    public int portalCode() {
        return portalCode;
    }
}
