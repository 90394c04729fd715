/**
 * Calendars for Vietnamese public administration.
 *
 * <ul>
 *   <li>{@link vn.dvc.calendar.LunarDate} and {@link vn.dvc.calendar.LunarCalendar}: the
 *       Vietnamese lunisolar calendar (âm lịch), computed astronomically at UTC+7.</li>
 *   <li>{@link vn.dvc.calendar.VietnamHolidays}: the national days off of civil servants,
 *       official where the Government's decision is known, predicted from the Labour Code
 *       otherwise; {@link vn.dvc.calendar.ScheduleFile} loads newer decisions.</li>
 *   <li>{@link vn.dvc.calendar.WorkCalendar}: working days and office hours, in layers (nation,
 *       province, agency), with O(1) working-day and working-time arithmetic.</li>
 * </ul>
 *
 * <p>Every type here is immutable and thread-safe except the builders. Dates outside a calendar's
 * range are refused with {@link vn.dvc.calendar.CalendarRangeException}.
 */
package vn.dvc.calendar;
