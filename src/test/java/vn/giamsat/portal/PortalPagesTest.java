package vn.giamsat.portal;

import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.giamsat.citizenreports.internal.Throttle;
import vn.giamsat.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public pages without an account and without JavaScript: ward search ignoring
 * diacritics, the ward home with suppressed small counts, the report form with its file
 * checks, the receipt, following by code and inert script.
 */
@IntegrationTest
class PortalPagesTest {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Throttle throttle;

	@BeforeEach
	void cleanThrottle() {
		throttle.reset();
	}

	static RequestPostProcessor from(String address) {
		return r -> {
			r.setRemoteAddr(address);
			return r;
		};
	}

	MockMultipartHttpServletRequestBuilder form() {
		MockMultipartHttpServletRequestBuilder b = multipart("/portal/units/HN-P-VH/report");
		b.with(csrf()).with(from("10.0.2.1"));
		b.param("classification", "PHAN_ANH")
			.param("subjectName", "Ông Tổ trưởng")
			.param("content", "Tổ trưởng thu tiền không có biên lai.")
			.param("anonymous", "true");
		return b;
	}

	@Test
	void theIndexFindsWardsWithoutDiacriticsAndTheWardPageShowsItsFrontAndSuppressedCounts() throws Exception {
		mvc.perform(get("/portal").param("q", "viet hung"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/portal/units/HN-P-VH")));
		mvc.perform(get("/portal/units/HN-P-VH"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gửi phản ánh")))
			.andExpect(content().string(containsString("/portal/posting/units/HN-P-VH")))
			.andExpect(content().string(containsString("MTTQ")));
		mvc.perform(get("/portal/units/HN-P-VH-T01"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.anyOf(containsString("dưới 5"), containsString(">0<"))));
		mvc.perform(get("/portal/units/NO-SUCH")).andExpect(status().isNotFound());
		// units abolished in 2025 have no public page
		mvc.perform(get("/portal/units/HN-LB-DG")).andExpect(status().isNotFound());
	}

	@Test
	void aResidentReportsThroughThePlainFormWithAPictureAndGetsAPrintableReceipt() throws Exception {
		mvc.perform(get("/portal/units/HN-P-VH/report"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tố cáo")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		String page = mvc.perform(form().file(new MockMultipartFile("evidence", "anh.png", "image/png", PNG)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã nhận phản ánh")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = page.replaceAll("(?s).*id=\"receipt-code\">([0-9 ]+)<.*", "$1").replace(" ", "");
		assertThat(code).matches("\\d{16}");
		mvc.perform(post("/portal/follow").with(csrf()).with(from("10.0.2.1")).param("code", code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã tiếp nhận")));
		mvc.perform(post("/portal/follow").with(csrf()).with(from("10.0.2.1")).param("code", "1111 2222 3333 4444"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Không tìm thấy")));
	}

	@Test
	void theFormNeedsItsCsrfToken() throws Exception {
		mvc.perform(multipart("/portal/units/HN-P-VH/report").with(from("10.0.2.2"))
			.param("classification", "PHAN_ANH")
			.param("content", "x")).andExpect(status().isForbidden());
	}

	@Test
	void anExecutableRenamedJpgAndFiftyAttachmentsAreRefusedAndNothingIsWritten() throws Exception {
		long before = count();
		mvc.perform(form().file(new MockMultipartFile("evidence", "anh.jpg", "image/jpeg", EXE)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("không phải ảnh JPEG")));
		MockMultipartHttpServletRequestBuilder many = form();
		for (int i = 0; i < 50; i++) {
			many.file(new MockMultipartFile("evidence", "anh" + i + ".png", "image/png", PNG));
		}
		mvc.perform(many)
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("tối đa 5 tệp")));
		byte[] big = Arrays.copyOf(PNG, 6 * 1024 * 1024);
		mvc.perform(form().file(new MockMultipartFile("evidence", "big.png", "image/png", big)))
			.andExpect(status().isUnprocessableContent());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anAnonymousDenunciationOnTheFormIsRefusedWithTheExplanation() throws Exception {
		mvc.perform(multipart("/portal/units/HN-P-VH/report").with(csrf())
			.with(from("10.0.2.3"))
			.param("classification", "TO_CAO")
			.param("subjectName", "Ông A")
			.param("content", "Nhận hối lộ")
			.param("anonymous", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Luật Tố cáo")))
			.andExpect(content().string(containsString("Ghi rõ họ tên")));
	}

	@Test
	void scriptInEveryFieldIsRenderedInertForTheOfficerAndTheResident() throws Exception {
		String evil = "<script>alert(1)</script>";
		String page = mvc
			.perform(multipart("/portal/units/HN-P-VH/report").with(csrf())
				.with(from("10.0.2.4"))
				.param("classification", "KIEN_NGHI")
				.param("subjectName", evil)
				.param("subjectPosition", evil)
				.param("content", evil)
				.param("anonymous", "false")
				.param("reporterName", evil)
				.param("reporterPhone", "0912345678")
				.param("reporterAddress", evil))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = page.replaceAll("(?s).*id=\"receipt-code\">([0-9 ]+)<.*", "$1").replace(" ", "");
		long id = jdbc.sql("select max(id) from citizen_report").query(Long.class).single();
		mvc.perform(get("/reports/" + id).with(vn.giamsat.support.As.page(vn.giamsat.support.Personas.FRONT_VIET_HUNG)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;")))
			.andExpect(content().string(not(containsString(evil))));
		mvc.perform(post("/portal/follow/respond").with(csrf())
			.with(from("10.0.2.4"))
			.param("code", code)
			.param("step", "message")
			.param("message", evil))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;")))
			.andExpect(content().string(not(containsString(evil))));
		mvc.perform(get("/portal").param("q", evil))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(evil))));
	}

	@Test
	void aFloodOfFormSubmissionsGets429WithAVietnameseExplanation() throws Exception {
		int last = 0;
		for (int i = 0; i < 12; i++) {
			last = mvc
				.perform(multipart("/portal/units/HN-P-VH/report").with(csrf())
					.with(from("10.0.2.5"))
					.param("classification", "PHAN_ANH")
					.param("subjectName", "Ông D")
					.param("content", "Lặp " + i)
					.param("anonymous", "true"))
				.andReturn()
				.getResponse()
				.getStatus();
		}
		assertThat(last).isEqualTo(429);
		mvc.perform(multipart("/portal/units/HN-P-VH/report").with(csrf())
			.with(from("10.0.2.5"))
			.param("classification", "PHAN_ANH")
			.param("subjectName", "Ông D")
			.param("content", "Lặp")
			.param("anonymous", "true"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("quá nhiều phản ánh")));
	}

	private long count() {
		return jdbc.sql("select count(*) from citizen_report").query(Long.class).single();
	}

}
