package vn.giamsat.supervision;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.giamsat.platform.web.DateInput;
import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Supervision records through the pages and the API: only the focal unit (or the owning
 * Standing Committee) records; every mistake answered in Vietnamese with nothing written.
 */
@IntegrationTest
class SupervisionRecordsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	SupervisionFixtures fx;

	String today;

	@BeforeEach
	void setUp() {
		fx = new SupervisionFixtures(jdbc);
		today = DateInput.format(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
	}

	MockMultipartHttpServletRequestBuilder entry(String persona, String... params) {
		MockMultipartHttpServletRequestBuilder request = multipart("/supervision/records");
		request.with(As.page(persona)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	String page(MockMultipartHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theWomensUnionRecordsAnObservationOnAPersonItSupervises() throws Exception {
		long person = fx.subjectsOf("LB-PN").get(1);
		long before = fx.records(person);
		mvc.perform(entry(Personas.WOMENS_UNION, "person", String.valueOf(person), "date", today, "method",
				"DIRECT_EXCHANGE", "finding", "NOTE", "criterion", "QD522-05", "note",
				"Trao đổi trực tiếp về việc trả hồ sơ đúng hẹn"))
			.andExpect(status().is3xxRedirection());
		assertThat(fx.records(person)).isEqualTo(before + 1);
		var row = jdbc
			.sql("""
					select r.code, o.code, r.method, r.finding from supervision_record r join organisation o on o.id = r.organisation_id
					where r.person_id = ? order by r.id desc limit 1""")
			.param(person)
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.single();
		assertThat(row.get(0)).matches("GS-" + SupervisionFixtures.YEAR + "-\\d{6}");
		assertThat(row.subList(1, 4)).containsExactly("LB-PN", "DIRECT_EXCHANGE", "NOTE");
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'SupervisionRecord' and action = 'CREATE'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void theWomensUnionCannotRecordOnASubjectAssignedToTheVeteransNeitherOnPagesNorThroughTheApi() throws Exception {
		long veteransSubject = fx.subjectsOf("LB-CCB").get(0);
		long before = fx.records(veteransSubject);
		mvc.perform(entry(Personas.WOMENS_UNION, "person", String.valueOf(veteransSubject), "date", today, "method",
				"DAILY_OBSERVATION", "finding", "GOOD", "note", "Không được phép ghi"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/supervision/records").with(As.api(Personas.WOMENS_UNION))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"date":"%s","people":["%s"],"method":"DAILY_OBSERVATION","finding":"GOOD","note":"Không được phép"}"""
						.formatted(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")), fx.code(veteransSubject))))
			.andExpect(status().isForbidden());
		assertThat(fx.records(veteransSubject)).isEqualTo(before);
	}

	@Test
	void theStandingCommitteeOwningThePlanMayRecordOnAnySubjectOfIt() throws Exception {
		long veteransSubject = fx.subjectsOf("LB-CCB").get(1);
		long before = fx.records(veteransSubject);
		mvc.perform(entry(Personas.FRONT_LONG_BIEN, "person", String.valueOf(veteransSubject), "date", today, "method",
				"COMMITMENT_CHECK", "finding", "GOOD", "note", "Kiểm tra việc thực hiện cam kết quý IV"))
			.andExpect(status().is3xxRedirection());
		assertThat(fx.records(veteransSubject)).isEqualTo(before + 1);
	}

	@Test
	void aPersonOutsideEveryAssignmentOfTheYearIsAMistakeExplainedInVietnamese() throws Exception {
		long outsider = fx.unassigned();
		String html = page(entry(Personas.FRONT_LONG_BIEN, "person", String.valueOf(outsider), "date", today, "method",
				"DAILY_OBSERVATION", "finding", "GOOD", "note", "Người ngoài kế hoạch"));
		assertThat(html).contains("không có trong phân công của kế hoạch giám sát năm " + SupervisionFixtures.YEAR);
		assertThat(fx.records(outsider)).isZero();
	}

	@Test
	void aDateInTheFutureOrBeforeThePlansYearAnEmptyOrHugeTextAreRefusedAndNothingIsWritten() throws Exception {
		long person = fx.subjectsOf("LB-PN").get(2);
		long before = fx.count("supervision_record");
		LocalDate now = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
		String future = page(entry(Personas.WOMENS_UNION, "person", String.valueOf(person), "date",
				DateInput.format(now.plusDays(1)), "method", "DAILY_OBSERVATION", "finding", "GOOD", "note", "x"));
		assertThat(future).contains("Ngày không được sau hôm nay.");
		String lastYear = page(entry(Personas.WOMENS_UNION, "person", String.valueOf(person), "date",
				"31/12/" + (SupervisionFixtures.YEAR - 1), "method", "DAILY_OBSERVATION", "finding", "GOOD", "note",
				"x"));
		assertThat(lastYear).contains("Ngày phải thuộc năm " + SupervisionFixtures.YEAR + " của kế hoạch giám sát.");
		String empty = page(entry(Personas.WOMENS_UNION, "person", String.valueOf(person), "date", today, "method",
				"DAILY_OBSERVATION", "finding", "GOOD", "note", "   "));
		assertThat(empty).contains("Vui lòng nhập nội dung.");
		String huge = page(entry(Personas.WOMENS_UNION, "person", String.valueOf(person), "date", today, "method",
				"DAILY_OBSERVATION", "finding", "GOOD", "note", "a".repeat(10_001)));
		assertThat(huge).contains("Nội dung quá dài (tối đa 4.000 ký tự).");
		assertThat(fx.count("supervision_record")).isEqualTo(before);
	}

	@Test
	void quickEntryWritesOneRecordPerPersonAndRefusesTheSamePersonTwiceWritingNothing() throws Exception {
		List<Long> people = fx.subjectsOf("LB-PN").subList(3, 6);
		long before = fx.count("supervision_record");
		String html = page(entry(Personas.WOMENS_UNION, "person", String.valueOf(people.get(0)), "person",
				String.valueOf(people.get(1)), "person", String.valueOf(people.get(0)), "date", today, "method",
				"ACTIVITY", "finding", "GOOD", "note", "Hội nghị tiếp xúc cử tri"));
		assertThat(html).contains("được chọn hai lần");
		assertThat(fx.count("supervision_record")).isEqualTo(before);

		mvc.perform(entry(Personas.WOMENS_UNION, "quick", "true", "person", String.valueOf(people.get(0)), "person",
				String.valueOf(people.get(1)), "person", String.valueOf(people.get(2)), "date", today, "method",
				"ACTIVITY", "finding", "GOOD", "note", "Hội nghị tiếp xúc cử tri"))
			.andExpect(status().is3xxRedirection());
		assertThat(fx.count("supervision_record")).isEqualTo(before + 3);
	}

	@Test
	void quickEntryIsRefusedWholeWhenOnePersonBelongsToAnotherUnit() throws Exception {
		long mine = fx.subjectsOf("LB-PN").get(6);
		long theirs = fx.subjectsOf("LB-DTN").get(0);
		long before = fx.count("supervision_record");
		mvc.perform(entry(Personas.WOMENS_UNION, "person", String.valueOf(mine), "person", String.valueOf(theirs),
				"date", today, "method", "ACTIVITY", "finding", "GOOD", "note", "Một buổi sinh hoạt"))
			.andExpect(status().isForbidden());
		assertThat(fx.count("supervision_record")).isEqualTo(before);
	}

	@Test
	void aPdfAttachmentIsKeptAndDownloadableAndARenamedFileIsRefused() throws Exception {
		long person = fx.subjectsOf("LB-PN").get(7);
		byte[] pdf = "%PDF-1.4\n% biên bản\n".getBytes(StandardCharsets.UTF_8);
		var bad = entry(Personas.WOMENS_UNION, "person", String.valueOf(person), "date", today, "method",
				"DOCUMENT_REVIEW", "finding", "GOOD", "note", "Nghiên cứu báo cáo");
		bad.file(new MockMultipartFile("files", "bao-cao.pdf", "application/pdf", "MZ not a pdf".getBytes()));
		assertThat(page(bad)).contains("không đúng loại cho phép");
		assertThat(fx.records(person)).isZero();

		var good = entry(Personas.WOMENS_UNION, "person", String.valueOf(person), "date", today, "method",
				"DOCUMENT_REVIEW", "finding", "GOOD", "note", "Nghiên cứu báo cáo");
		good.file(new MockMultipartFile("files", "bao-cao.pdf", "application/pdf", pdf));
		mvc.perform(good).andExpect(status().is3xxRedirection());
		long attachment = jdbc.sql("""
				select a.id from supervision_attachment a join supervision_record r on r.id = a.record_id
				where r.person_id = ?""").param(person).query(Long.class).single();
		byte[] back = mvc.perform(get("/supervision/attachments/" + attachment).with(As.page(Personas.WOMENS_UNION)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(back).isEqualTo(pdf);
		mvc.perform(get("/supervision/attachments/" + attachment).with(As.page(Personas.FRONT_VIET_HUNG)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theListShowsOnlyRecordsInScopeAndACadreSeesNoRecordsAtAll() throws Exception {
		String front = mvc.perform(get("/supervision").with(As.page(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(front).contains("Hội Liên hiệp Phụ nữ").contains("GS-" + SupervisionFixtures.YEAR);
		String vietHung = mvc.perform(get("/supervision").with(As.page(Personas.FRONT_VIET_HUNG)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(vietHung).doesNotContain("GS-" + SupervisionFixtures.YEAR);
		mvc.perform(get("/supervision").with(As.page(Personas.CADRE))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/supervision/records").with(As.api(Personas.CADRE))).andExpect(status().isForbidden());
		mvc.perform(get("/supervision/records/new").with(As.page(Personas.LEADER))).andExpect(status().isForbidden());
	}

	@Test
	void theApiRecordsAndListsWithinScopeAndAnswersMistakesWithProblemJson() throws Exception {
		long person = fx.subjectsOf("LB-PN").get(8);
		LocalDate now = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
		mvc.perform(post("/api/v1/supervision/records").with(As.api(Personas.WOMENS_UNION))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"date":"%s","people":["%s"],"method":"DAILY_OBSERVATION","finding":"GOOD","criteria":["QD522-01"],"note":"Qua API"}"""
						.formatted(now, fx.code(person))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.codes[0]").value(org.hamcrest.Matchers.startsWith("GS-")));
		mvc.perform(
				get("/api/v1/supervision/records").param("person", fx.code(person)).with(As.api(Personas.WOMENS_UNION)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].note").value("Qua API"))
			.andExpect(jsonPath("$[0].criteria").value("QD522-01"));
		mvc.perform(post("/api/v1/supervision/records").with(As.api(Personas.WOMENS_UNION))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date":"%s","people":[],"method":"DAILY_OBSERVATION","finding":"GOOD","note":""}"""
				.formatted(now)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].message")
				.value(org.hamcrest.Matchers.hasItems("Vui lòng chọn ít nhất một người.", "Vui lòng nhập nội dung.")));
	}

	@Test
	void theJsonApiIsDescribedInTheOpenApiDocument() throws Exception {
		String docs = mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(docs).contains("/api/v1/supervision/records")
			.contains("/api/v1/supervision/opinions/{code}/release")
			.contains("/api/v1/supervision/my-opinions/{id}/answer");
	}

}
