package vn.giamsat.citizenreports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;
import vn.giamsat.citizenreports.internal.Throttle;
import vn.giamsat.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.giamsat.citizenreports.ReportFixtures.from;

/** The public report API of API-CONTRACT.md, its refusals and its throttle. */
@IntegrationTest
class PublicReportApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Throttle throttle;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void cleanThrottle() {
		throttle.reset();
	}

	String submit(String body, String address) throws Exception {
		return mvc
			.perform(post("/api/v1/public/reports").with(from(address))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void anAnonymousReportGetsASixteenDigitCodeAndTheLookupShowsOnlyStateTimeAndReply() throws Exception {
		String answer = mvc
			.perform(post("/api/v1/public/reports").with(from("10.0.1.1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"classification":"PHAN_ANH","unit":"HN-P-VH","subjectName":"Ông Tổ trưởng",
								 "subjectPosition":"Tổ trưởng tổ dân phố số 3","content":"Thường xuyên uống rượu trong giờ làm việc.",
								 "anonymous":true}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.receiptCode").value(org.hamcrest.Matchers.matchesPattern("\\d{16}")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = json.readTree(answer).get("receiptCode").asString();
		String tracked = mvc.perform(get("/api/v1/public/reports/" + code).with(from("10.0.1.1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.updatedAt").exists())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json.readTree(tracked).propertyNames()).containsExactlyInAnyOrder("status", "updatedAt",
				"publicReply");
		assertThat(jdbc.sql("select count(*) from citizen_report where receipt_hash = sha256(?::bytea)")
			.param(code)
			.query(Long.class)
			.single()).as("the code is stored only peppered").isZero();
	}

	@Test
	void anAnonymousDenunciationIsRefusedWithTheReasonInVietnamese() throws Exception {
		mvc.perform(post("/api/v1/public/reports").with(from("10.0.1.2"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"classification":"TO_CAO","unit":"HN-P-VH","subjectName":"Ông A","content":"Nhận hối lộ.",
					 "anonymous":true}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("anonymous"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Luật Tố cáo")));
	}

	@Test
	void emptyAndHugeContentAndMissingIdentityAreRefusedAndNothingIsWritten() throws Exception {
		long before = count();
		mvc.perform(post("/api/v1/public/reports").with(from("10.0.1.3"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"classification":"PHAN_ANH","unit":"HN-P-VH","subjectName":"Ông A","content":"   ","anonymous":true}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("content"));
		String huge = "a".repeat(100_000);
		mvc.perform(post("/api/v1/public/reports").with(from("10.0.1.3"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"classification\":\"PHAN_ANH\",\"unit\":\"HN-P-VH\",\"subjectName\":\"A\",\"content\":\"" + huge
					+ "\",\"anonymous\":true}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("tối đa 10.000 ký tự")));
		mvc.perform(post("/api/v1/public/reports").with(from("10.0.1.3"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"classification":"KIEN_NGHI","unit":"HN-P-VH","subjectName":"Ông A","content":"Đề nghị",
					 "anonymous":false,"reporter":{"name":"","phone":"12","address":""}}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(3));
		mvc.perform(post("/api/v1/public/reports").with(from("10.0.1.3"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{not json")).andExpect(status().isBadRequest());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void wrongAndMalformedCodesAre404AndTakeAboutAsLongAsARightOne() throws Exception {
		String code = json.readTree(
				submit("""
						{"classification":"PHAN_ANH","unit":"HN-P-VH","subjectName":"Ông B","content":"Nội dung","anonymous":true}""",
						"10.0.1.4"))
			.get("receiptCode")
			.asString();
		mvc.perform(get("/api/v1/public/reports/1234567890123456").with(from("10.0.1.5")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/reports/abc'--").with(from("10.0.1.5"))).andExpect(status().isNotFound());
		long right = medianNanos(code);
		long wrong = medianNanos("9999999999999999");
		long malformed = medianNanos("xyz");
		// the same hash and the same indexed query run in all three cases; allow for
		// noise
		// of a shared CPU
		assertThat(Math.abs(wrong - right)).isLessThan(Math.max(right, 2_000_000L));
		assertThat(Math.abs(malformed - right)).isLessThan(Math.max(right, 2_000_000L));
	}

	private long medianNanos(String code) throws Exception {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			throttle.reset();
			long t = System.nanoTime();
			mvc.perform(get("/api/v1/public/reports/" + code).with(from("10.0.1.6")));
			times.add(System.nanoTime() - t);
		}
		Collections.sort(times);
		return times.get(times.size() / 2);
	}

	@Test
	void aFloodOfSubmissionsFromOneAddressIsStoppedWith429InVietnamese() throws Exception {
		String body = """
				{"classification":"PHAN_ANH","unit":"HN-P-VH","subjectName":"Ông C","content":"Lặp lại","anonymous":true}""";
		int created = 0;
		for (int i = 0; i < 15; i++) {
			int s = mvc
				.perform(post("/api/v1/public/reports").with(from("10.0.1.7"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andReturn()
				.getResponse()
				.getStatus();
			created += s == 201 ? 1 : 0;
		}
		assertThat(created).as("the default allowance is 10 an hour").isEqualTo(10);
		mvc.perform(post("/api/v1/public/reports").with(from("10.0.1.7"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("quá nhiều")));
		mvc.perform(post("/api/v1/public/reports").with(from("10.0.1.8"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated());
	}

	@Test
	void guessingCodesIsThrottled() throws Exception {
		int notFound = 0;
		for (int i = 0; i < 40; i++) {
			int s = mvc.perform(get("/api/v1/public/reports/%016d".formatted(i)).with(from("10.0.1.9")))
				.andReturn()
				.getResponse()
				.getStatus();
			notFound += s == 404 ? 1 : 0;
		}
		assertThat(notFound).isEqualTo(30);
		mvc.perform(get("/api/v1/public/reports/0000000000000001").with(from("10.0.1.9")))
			.andExpect(status().isTooManyRequests());
	}

	private long count() {
		return jdbc.sql("select count(*) from citizen_report").query(Long.class).single();
	}

}
