package vn.giamsat.citizenreports;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's Front work committee of a group valid today ({@code bctmt.viethung.t01},
 * group HN-P-VH-T01) enters a resident's report for its group and opens it; the committee
 * of the former Đức Giang group (ended 30/06/2025) and the committee's own group limits
 * still hold.
 */
@IntegrationTest
class FrontWorkCommitteeIntakeTest {

	static final String GROUP = "HN-P-VH-T01";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCurrentGroupsCommitteeEntersAReportForItsGroupAndOpensIt() throws Exception {
		mvc.perform(get("/reports/new").with(As.page(Personas.FRONT_WORK_COMMITTEE_VIET_HUNG)))
			.andExpect(status().isOk());
		long before = count();
		String receipt = mvc
			.perform(intake(GROUP, "Tổ trưởng thu tiền vệ sinh môi trường cao hơn mức phường quy định.")
				.with(As.page(Personas.FRONT_WORK_COMMITTEE_VIET_HUNG)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("receipt-code")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(count()).isEqualTo(before + 1);
		long id = jdbc.sql("""
				select r.id from citizen_report r join admin_unit u on u.id = r.unit_id
				where u.code = ? and r.channel = 'FRONT_WORK_COMMITTEE' order by r.id desc limit 1""")
			.param(GROUP)
			.query(Long.class)
			.single();
		assertThat(receipt).contains("/reports/" + id);
		mvc.perform(get("/reports/" + id).with(As.page(Personas.FRONT_WORK_COMMITTEE_VIET_HUNG)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("vệ sinh môi trường")));
		mvc.perform(get("/reports").with(As.page(Personas.FRONT_WORK_COMMITTEE_VIET_HUNG)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/reports/" + id)));
		mvc.perform(get("/reports/" + id).with(As.page(Personas.FRONT_WORK_COMMITTEE)))
			.andExpect(status().isForbidden());
	}

	/**
	 * The former group's committee is refused the current group (outside its scope) and
	 * its own group (no longer active): why the demo has the second persona.
	 */
	@Test
	void neitherCommitteeEntersAReportOutsideItsOwnCurrentGroup() throws Exception {
		long before = count();
		mvc.perform(intake("HN-P-VH-T02", "Đèn đường ngõ 5 hỏng đã hai tháng.")
			.with(As.page(Personas.FRONT_WORK_COMMITTEE_VIET_HUNG))).andExpect(status().isForbidden());
		mvc.perform(intake(GROUP, "Đèn đường ngõ 5 hỏng đã hai tháng.").with(As.page(Personas.FRONT_WORK_COMMITTEE)))
			.andExpect(status().isForbidden());
		mvc.perform(intake("HN-LB-DG-T01", "Đèn đường ngõ 5 hỏng đã hai tháng.")
			.with(As.page(Personas.FRONT_WORK_COMMITTEE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("đang hoạt động")));
		assertThat(count()).isEqualTo(before);
	}

	private MockHttpServletRequestBuilder intake(String unit, String content) {
		return post("/reports").with(csrf())
			.param("channel", "FRONT_WORK_COMMITTEE")
			.param("classification", "PHAN_ANH")
			.param("unit", unit)
			.param("subjectName", "Ông Trần Văn Dũng")
			.param("subjectPosition", "Tổ trưởng tổ dân phố")
			.param("content", content)
			.param("reporterName", "Nguyễn Thị Lan")
			.param("reporterPhone", "0912345678")
			.param("reporterAddress", "Số 3 ngõ 5 phố Đức Giang");
	}

	private long count() {
		return jdbc.sql("select count(*) from citizen_report").query(Long.class).single();
	}

}
