package vn.dvc.dossier;

/**
 * What a guest (an applicant without a portal account) may do after submitting. The portal allows
 * submissions both with an account and as a guest; only an account holder can be recognised later.
 */
public enum GuestPolicy {
    /**
     * A guest who needs to amend or supplement submits a new dossier linked to the old one
     * ({@link DossierCommand.Submit#linkedTo()}): the default.
     */
    NEW_LINKED_DOSSIER,
    /**
     * A guest may complete and supplement the same dossier; the portal must then authenticate the
     * guest itself (e.g. by a one-time code), since dvc cannot.
     */
    SAME_DOSSIER
}
