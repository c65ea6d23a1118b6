/**
 * Vietnamese working days: the public holidays of the Labour Code (Tết by the lunar
 * calendar), weekends, and the per-year adjustments the government announces, so that any
 * module can count legal deadlines in working days.
 */
package vn.giamsat.platform.calendar;
