package vn.giamsat.supervision;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.platform.web.DateInput;
import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A delegation founded on the page: the deadline warning, the timeline, and its four
 * documents read back from DOCX (Apache POI) and PDF (PDFBox).
 */
@IntegrationTest
class DelegationDocumentsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	SupervisionFixtures fx;

	LocalDate today;

	@BeforeEach
	void setUp() {
		fx = new SupervisionFixtures(jdbc);
		today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	org.springframework.test.web.servlet.ResultActions found(String title, LocalDate session, boolean acceptLate,
			long... people) throws Exception {
		var request = post("/supervision/delegations").with(As.page(Personas.FRONT_LONG_BIEN))
			.with(csrf())
			.param("title", title)
			.param("content", "Giám sát việc thực hiện quy tắc ứng xử nơi công sở")
			.param("decisionNumber", "45/QĐ-MTTQ-BTT")
			.param("decisionDate", DateInput.format(today))
			.param("sessionDate", DateInput.format(session))
			.param("sessionPlace", "Phòng họp số 2")
			.param("members", "Trần Thị Hồng Nhung | Trưởng đoàn\nNguyễn Hữu Thư | Thư ký");
		for (long p : people) {
			request.param("person", String.valueOf(p));
		}
		if (acceptLate) {
			request.param("acceptLate", "true");
		}
		return mvc.perform(request);
	}

	@Test
	void aSessionDateThatLeavesTheNoticeDeadlinePastIsRefusedUntilTheOfficerConfirms() throws Exception {
		long person = fx.subjectsOf("LB-CCB").get(2);
		LocalDate session = today.plusDays(5);
		long before = fx.count("supervision_delegation");
		String html = found("Đoàn giám sát muộn", session, false, person).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Gửi thông báo, đề nghị báo cáo")
			.contains("đã qua 10 ngày")
			.contains("Tôi đã biết thời hạn đã qua");
		assertThat(fx.count("supervision_delegation")).isEqualTo(before);
		found("Đoàn giám sát muộn", session, true, person).andExpect(status().is3xxRedirection());
		assertThat(fx.count("supervision_delegation")).isEqualTo(before + 1);
	}

	@Test
	void theDelegationPageShowsTheTimelineAndItsDocumentsReadBackInDocxAndPdf() throws Exception {
		List<Long> people = fx.subjectsOf("LB-LDLD").subList(0, 2);
		LocalDate session = today.plusDays(20);
		String location = found("Giám sát Phòng Tài chính - Kế hoạch", session, session.getYear() != today.getYear(),
				people.get(0), people.get(1))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = mvc.perform(get(location).with(As.page(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("hạn " + DateInput.format(session.minusDays(15)))
			.contains("còn 5 ngày")
			.contains("hạn " + DateInput.format(session.plusDays(15)));
		String name = jdbc.sql("select full_name from person where id = ?")
			.param(people.get(0))
			.query(String.class)
			.single();

		String notice = docx(location + "/notice.docx");
		assertThat(notice).contains("THÔNG BÁO")
			.contains("Giám sát Phòng Tài chính - Kế hoạch")
			.contains(name)
			.contains("trước ngày " + DateInput.format(session.minusDays(7)))
			.contains("ngày " + DateInput.format(session));
		String decision = docx(location + "/decision.docx");
		assertThat(decision).contains("QUYẾT ĐỊNH").contains("45/QĐ-MTTQ-BTT").contains("Nguyễn Hữu Thư");
		String report = pdf(location + "/report.pdf");
		assertThat(report).contains("BÁO CÁO").contains("Giám sát Phòng Tài chính - Kế hoạch").contains(name);
		String minutes = pdf(location + "/minutes.pdf");
		assertThat(minutes).contains("BIÊN BẢN").contains("Trần Thị Hồng Nhung");
		mvc.perform(get(location + "/report.pdf").with(As.page(Personas.FRONT_VIET_HUNG)))
			.andExpect(status().isForbidden());
		mvc.perform(get(location).with(As.page(Personas.WOMENS_UNION))).andExpect(status().isForbidden());
	}

	@Test
	void aDelegationWithoutMembersOrPeopleIsRefusedInVietnamese() throws Exception {
		long before = fx.count("supervision_delegation");
		String html = mvc
			.perform(post("/supervision/delegations").with(As.page(Personas.FRONT_LONG_BIEN))
				.with(csrf())
				.param("title", "Thiếu thành viên")
				.param("sessionDate", DateInput.format(today.plusDays(30))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Vui lòng nhập ít nhất một thành viên đoàn.")
			.contains("Vui lòng chọn ít nhất một người.");
		assertThat(fx.count("supervision_delegation")).isEqualTo(before);
	}

	byte[] bytes(String url) throws Exception {
		return mvc.perform(get(url).with(As.page(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	String docx(String url) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes(url)));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			return text.getText();
		}
	}

	String pdf(String url) throws Exception {
		try (var doc = Loader.loadPDF(bytes(url))) {
			return new PDFTextStripper().getText(doc).lines().collect(Collectors.joining(" "));
		}
	}

}
