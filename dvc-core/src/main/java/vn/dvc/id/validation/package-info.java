/**
 * Jakarta Bean Validation constraints for identifiers held as strings, e.g. in a request DTO:
 *
 * <pre>{@code
 * record Applicant(@ValidPersonalId String id, @ValidMobileNumber String phone,
 *                  @ValidEmail String email, @ValidTaxCode(allowBranch = false) String taxCode) {}
 * }</pre>
 *
 * <p>Each constraint accepts {@code null} (add {@code @NotNull} to require a value) and applies the
 * same rules as the corresponding {@code parse} method of {@link vn.dvc.id}. Messages come from
 * {@code ValidationMessages.properties} (English) and {@code ValidationMessages_vi.properties}
 * (Vietnamese), picked by the validator's locale. dvc-core depends only on the Jakarta Validation
 * API; the application brings a provider such as Hibernate Validator.
 */
package vn.dvc.id.validation;
