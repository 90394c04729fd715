package vn.dvc.id;

/**
 * Sex (giới tính) as encoded in the fourth digit of a personal identification number: even for
 * male, odd for female.
 */
public enum Sex {
    /** Nam: century-and-sex digit 0, 2, 4, 6 or 8. */
    MALE,
    /** Nữ: century-and-sex digit 1, 3, 5, 7 or 9. */
    FEMALE
}
