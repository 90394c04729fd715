/**
 * Test support for dvc and for code built on it: jqwik generators (see
 * {@link vn.dvc.testkit.CalendarArbitraries}); later, sandbox providers and SPI contract kits.
 * Depend on this module in test scope only.
 */
package vn.dvc.testkit;
