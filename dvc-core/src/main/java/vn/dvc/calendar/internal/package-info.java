/**
 * Implementation of the lunisolar calendar: astronomy and month tables. Not API: may change in any
 * release.
 */
package vn.dvc.calendar.internal;
