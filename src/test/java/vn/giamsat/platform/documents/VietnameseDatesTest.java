package vn.giamsat.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {

	@Test
	void padsDaysBelowTenAndMonthsJanuaryAndFebruaryWithZero() {
		assertThat(VietnameseDates.longForm(LocalDate.of(2026, 1, 5))).isEqualTo("ngày 05 tháng 01 năm 2026");
		assertThat(VietnameseDates.longForm(LocalDate.of(2026, 2, 28))).isEqualTo("ngày 28 tháng 02 năm 2026");
	}

	@Test
	void writesMarchToDecemberWithoutLeadingZeroAsDecree30Requires() {
		assertThat(VietnameseDates.longForm(LocalDate.of(2026, 3, 2))).isEqualTo("ngày 02 tháng 3 năm 2026");
		assertThat(VietnameseDates.longForm(LocalDate.of(2026, 9, 30))).isEqualTo("ngày 30 tháng 9 năm 2026");
		assertThat(VietnameseDates.longForm(LocalDate.of(2026, 12, 10))).isEqualTo("ngày 10 tháng 12 năm 2026");
	}

	@Test
	void prefixesThePlaceName() {
		assertThat(VietnameseDates.placeAndDate("Long Biên", LocalDate.of(2026, 1, 15)))
			.isEqualTo("Long Biên, ngày 15 tháng 01 năm 2026");
	}

	@Test
	void writesTheNumericFormWithTwoDigitDayAndMonth() {
		assertThat(VietnameseDates.numeric(LocalDate.of(2026, 3, 5))).isEqualTo("05/03/2026");
	}

}
