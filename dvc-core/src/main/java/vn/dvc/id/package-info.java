/**
 * Identifiers of Vietnamese public services, parsed and checked.
 *
 * <ul>
 *   <li>People: {@link vn.dvc.id.PersonalId} (số định danh cá nhân, the 12-digit CCCD number),
 *       {@link vn.dvc.id.OldIdNumber} (the expired CMND, for linking old records),
 *       {@link vn.dvc.id.MobileNumber} with a configurable {@link vn.dvc.id.MobilePrefixes} list,
 *       {@link vn.dvc.id.EmailAddress}.</li>
 *   <li>Organisations: {@link vn.dvc.id.TaxCode} (mã số thuế, also the enterprise code),
 *       {@link vn.dvc.id.AgencyId} (mã định danh điện tử of an agency).</li>
 *   <li>Dossiers: {@link vn.dvc.id.DossierCode} (mã số hồ sơ) in the Circular 01/2018 and the
 *       Circular 03/2025 formats, issued by {@link vn.dvc.id.DossierCodeGenerator}.</li>
 * </ul>
 *
 * <p>Every type is immutable and thread-safe, built by {@code parse} (which throws) or
 * {@code tryParse} (which gives an {@link java.util.Optional}). A refusal is an
 * {@link vn.dvc.id.InvalidIdentifierException} whose message, in English and Vietnamese, says what
 * was wrong and what was expected. Types holding personal data mask it in {@code toString()} or
 * offer {@code masked()}, and their exception messages never repeat the value.
 *
 * <p>Bean Validation constraints for plain strings are in {@link vn.dvc.id.validation}.
 */
package vn.dvc.id;
