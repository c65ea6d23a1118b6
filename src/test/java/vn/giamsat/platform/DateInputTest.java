package vn.giamsat.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class DateInputTest {

	@Test
	void acceptsVietnameseAndIsoDatesAndFormatsTheVietnameseWay() {
		List<Problem> problems = new ArrayList<>();
		assertThat(DateInput.parse("01/07/2025", "d", problems)).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(DateInput.parse("1/7/2025", "d", problems)).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(DateInput.parse("2025-07-01", "d", problems)).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(problems).isEmpty();
		assertThat(DateInput.format(LocalDate.of(2025, 7, 1))).isEqualTo("01/07/2025");
	}

	@Test
	void refusesImpossibleOrGarbledDatesInsteadOfRollingOver() {
		List<Problem> problems = new ArrayList<>();
		assertThat(DateInput.parse("31/02/2025", "validFrom", problems)).isNull();
		assertThat(DateInput.parse("07/01/25x", "validTo", problems)).isNull();
		assertThat(problems).extracting(Problem::field).containsExactly("validFrom", "validTo");
	}

}
