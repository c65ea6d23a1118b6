package vn.giamsat.platform.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Working-day arithmetic across Tết (computed with ICU's Chinese calendar), weekends,
 * compensatory days and the administrator's adjustments.
 */
@IntegrationTest
class WorkingDaysTest {

	@Autowired
	WorkingDays days;

	@Autowired
	CalendarAdjustments adjustments;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void tetIsComputedFromTheLunarCalendar() {
		assertThat(PublicHolidays.lunarNewYear(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
		assertThat(PublicHolidays.lunarNewYear(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
		assertThat(PublicHolidays.lunarNewYear(2028)).isEqualTo(LocalDate.of(2028, 1, 26));
		assertThat(PublicHolidays.lunarNewYear(2023)).isEqualTo(LocalDate.of(2023, 1, 22));
		assertThat(PublicHolidays.of(2024)).containsEntry(LocalDate.of(2024, 4, 18), "Giỗ Tổ Hùng Vương");
		assertThat(PublicHolidays.of(2025)).containsEntry(LocalDate.of(2025, 4, 7), "Giỗ Tổ Hùng Vương");
	}

	@Test
	void tet2026MatchesTheOfficialNineDayBreak() {
		// the Government's 2026 decision: off from Saturday 14/2 to Sunday 22/2
		for (LocalDate d = LocalDate.of(2026, 2, 14); !d.isAfter(LocalDate.of(2026, 2, 22)); d = d.plusDays(1)) {
			assertThat(days.isWorkingDay(d)).as(d.toString()).isFalse();
		}
		assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();
		assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
	}

	@Test
	void aReportOnTheLastWorkingDayBeforeTet2027IsDueAfterTheBreak() {
		// Tết 2027 is Saturday 6/2: 29 Tết (Friday 5/2) to mùng 4 (Tuesday 9/2), plus two
		// compensatory days for the weekend (10 and 11/2)
		LocalDate lastBefore = LocalDate.of(2027, 2, 4);
		assertThat(days.isWorkingDay(lastBefore)).isTrue();
		for (int d = 5; d <= 11; d++) {
			assertThat(days.isWorkingDay(LocalDate.of(2027, 2, d))).as("February " + d).isFalse();
		}
		assertThat(days.plusWorkingDays(lastBefore, 1)).isEqualTo(LocalDate.of(2027, 2, 12));
		assertThat(days.plusWorkingDays(lastBefore, 5)).isEqualTo(LocalDate.of(2027, 2, 18));
		assertThat(days.between(lastBefore, LocalDate.of(2027, 2, 18))).isEqualTo(5);
	}

	@Test
	void weekendsAndFixedHolidaysAreSkipped() {
		// Friday 24/4/2026 + 5: (Monday 27 off for Giỗ Tổ on Sunday 26) Tue 28, Wed 29,
		// (30/4 and 1/5 off) Mon 4/5, Tue 5/5, Wed 6/5
		assertThat(days.plusWorkingDays(LocalDate.of(2026, 4, 24), 5)).isEqualTo(LocalDate.of(2026, 5, 6));
		// Giỗ Tổ 10/3 lunar 2026 = Sunday 26/4, compensated on Monday 27/4
		assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
		assertThat(days.plusWorkingDays(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(days.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
		assertThat(days.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse();
	}

	@Test
	void anAdministratorMakesASaturdayAWorkingDayAndAddsADayOff() throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(Personas.ADMIN, null,
					java.util.List.of(new SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"))));
		LocalDate saturday = LocalDate.of(2031, 3, 8);
		LocalDate friday = LocalDate.of(2031, 3, 14);
		assertThat(days.isWorkingDay(saturday)).isFalse();
		adjustments.put(saturday, true, "Làm bù theo Thông báo thử", Personas.ADMIN);
		adjustments.put(friday, false, "Nghỉ bù theo Thông báo thử", Personas.ADMIN);
		assertThat(days.isWorkingDay(saturday)).isTrue();
		assertThat(days.isWorkingDay(friday)).isFalse();
		adjustments.remove(saturday);
		assertThat(days.isWorkingDay(saturday)).isFalse();
		mvc.perform(get("/admin/calendar?year=2031").with(As.page(Personas.ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/admin/calendar").with(As.page(Personas.FRONT_VIET_HUNG))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/calendar").with(As.page(Personas.ADMIN))
			.with(csrf())
			.param("day", "31/02/2031")
			.param("kind", "OFF")
			.param("note", "x")).andExpect(status().isOk());
		assertThat(adjustments.of(2031)).extracting(CalendarAdjustments.Adjustment::day).containsExactly(friday);
	}

}
