/**
 * The dossier lifecycle of the one-stop office (bộ phận một cửa): states mapped to the national
 * portal's codes, commands, the pure {@link vn.dvc.dossier.DossierEngine}, the audit trail of
 * {@link vn.dvc.dossier.DossierEvent}s with the forms they produce, the
 * {@link vn.dvc.dossier.DossierStore} SPI with compare-and-set, and the public progress view.
 */
package vn.dvc.dossier;
