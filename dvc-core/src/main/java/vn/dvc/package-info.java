/**
 * dvc: the framework-free domain core for Vietnam's online public services (dịch vụ công trực
 * tuyến). This package holds what every module shares; the capabilities live in subpackages:
 * {@link vn.dvc.calendar} (lunar and working-day calendars), and later deadlines and dossiers.
 */
package vn.dvc;
