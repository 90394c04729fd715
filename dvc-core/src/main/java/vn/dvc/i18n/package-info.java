/**
 * Bilingual (Vietnamese and English) texts for dvc's exceptions and reports.
 */
package vn.dvc.i18n;
