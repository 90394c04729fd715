package vn.dvc;

/**
 * How a dossier reaches the one-stop office (kênh thực hiện), Decree 61/2018 Art. 16, with the
 * code the national public service portal uses for it ({@code KenhThucHien}).
 */
public enum Channel {
    /** In person at the one-stop counter (trực tiếp). Portal code 1. */
    COUNTER(1),
    /** Online, through a portal (trực tuyến). Portal code 2. */
    ONLINE(2),
    /** By public post, courier or an authorised person (bưu chính công ích). Portal code 3. */
    POST(3);

    private final int portalCode;

    Channel(int portalCode) {
        this.portalCode = portalCode;
    }

    /**
     * The national portal's {@code KenhThucHien} code.
     *
     * @return 1 (counter), 2 (online) or 3 (post)
     */
    public int portalCode() {
        return portalCode;
    }

    /**
     * Whether the dossier is on paper (counter or post), which governs transfer deadlines.
     *
     * @return {@code true} for {@link #COUNTER} and {@link #POST}
     */
    public boolean isPaper() {
        return this != ONLINE;
    }
}
