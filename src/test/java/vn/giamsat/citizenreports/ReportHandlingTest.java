package vn.giamsat.citizenreports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.citizenreports.internal.IdentityReveal;
import vn.giamsat.citizenreports.internal.ReportAccess;
import vn.giamsat.citizenreports.internal.ReportIntake;
import vn.giamsat.citizenreports.internal.ReportRow;
import vn.giamsat.citizenreports.internal.ReportStore;
import vn.giamsat.citizenreports.internal.ReportWorkflow;
import vn.giamsat.citizenreports.internal.RoutingOut;
import vn.giamsat.platform.files.FileStore;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.giamsat.citizenreports.ReportFixtures.anonymous;
import static vn.giamsat.citizenreports.ReportFixtures.identified;
import static vn.giamsat.citizenreports.ReportFixtures.personCode;
import static vn.giamsat.citizenreports.ReportFixtures.signInAs;

/**
 * Routing, every state change and its refusals, reporter protection (sealed at rest,
 * revealed only with a logged reason, never to the cadre or their organisation).
 */
@IntegrationTest
class ReportHandlingTest {

	static final String REPLY_FINDINGS = "Qua xác minh tại tổ dân phố và làm việc với cán bộ, nội dung phản ánh về việc "
			+ "uống rượu trong giờ hành chính là đúng một phần: có hai lần trong tháng 10.";

	static final String REPLY_ACTIONS = "Cấp ủy đã nhắc nhở, yêu cầu cán bộ kiểm điểm trước chi bộ và cam kết không tái "
			+ "phạm; Mặt trận tiếp tục giám sát trong sáu tháng tới.";

	@Autowired
	ReportIntake intake;

	@Autowired
	CitizenReports reports;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	RoutingOut routingOut;

	@Autowired
	IdentityReveal reveal;

	@Autowired
	ReportAccess access;

	@Autowired
	ReportStore store;

	@Autowired
	FileStore files;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void signOut() {
		ReportFixtures.signOut();
	}

	@Test
	void aReportAboutTheHeadOfTheReceivingFrontGoesOneLevelUpAutomatically() {
		String chair = personCode(jdbc, "P-VH-MTTQ", "Chủ tịch Ủy ban MTTQ phường");
		long id = intake.receive(identified("PHAN_ANH", chair, "Chủ tịch Mặt trận phường lợi dụng chức vụ."), null)
			.reportId();
		ReportRow r = store.byId(id).orElseThrow();
		assertThat(r.escalated()).isTrue();
		assertThat(orgCode(r.receivingOrgId())).isEqualTo("HN-MTTQ");
		signInAs(Personas.FRONT_VIET_HUNG, "FRONT_OFFICER");
		assertThatThrownBy(() -> access.view(r)).as("the ward Front never sees a report about its own head")
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void aReportIsRoutedToTheFocalUnitOfThisYearsPlanAndToTheCommitteeThatManagesTheCadre() {
		String chair = personCode(jdbc, "P-VH-UBND", "Chủ tịch UBND phường");
		int year = LocalDate.now().getYear();
		long person = jdbc.sql("select id from person where code = ?").param(chair).query(Long.class).single();
		issuedPlanAssigning(person, "P-VH-CCB", year);
		long id = intake.receive(identified("KIEN_NGHI", chair, "Chậm giải quyết hồ sơ đất đai của dân."), null)
			.reportId();
		ReportRow r = store.byId(id).orElseThrow();
		assertThat(r.escalated()).isFalse();
		assertThat(orgCode(r.receivingOrgId())).isEqualTo("P-VH-MTTQ");
		assertThat(orgCode(r.focalOrgId())).isEqualTo("P-VH-CCB");
		assertThat(r.committeeOrgId()).isEqualTo(jdbc.sql("select managing_committee_id from person where id = ?")
			.param(person)
			.query(Long.class)
			.single());
	}

	@Test
	void theWholeLineFromReceivedToClosedRecordsWhoWhenAndWhyAndRefusesAVagueReply() {
		String chair = personCode(jdbc, "P-VH-UBND", "Chủ tịch UBND phường");
		long id = intake.receive(identified("PHAN_ANH", chair, "Uống rượu trong giờ làm việc."), null).reportId();
		signInAs(Personas.FRONT_VIET_HUNG, "FRONT_OFFICER");
		workflow.acknowledge(id);
		assertThatThrownBy(() -> workflow.startVerifying(id, "chưa phân loại")).as("no skipping screening")
			.isInstanceOf(UserInputException.class);
		assertThatThrownBy(() -> workflow.screen(id, Classification.REPORT, " ")).as("a screening needs a reason")
			.isInstanceOf(UserInputException.class);
		workflow.screen(id, Classification.REPORT, "Có nội dung cụ thể, thuộc thẩm quyền giám sát.");
		workflow.startVerifying(id, "Giao Ban công tác Mặt trận tổ 3 xác minh.");
		workflow.forward(id, "Chuyển cấp ủy quản lý để kiểm tra, xử lý.");
		assertThatThrownBy(() -> workflow.answer(id, "Đã xử lý.", "Xong.")).isInstanceOfSatisfying(
				UserInputException.class,
				ex -> assertThat(ex.problems()).anyMatch(p -> p.code().equals("citizenreports.error.replyTooShort")));
		assertThatThrownBy(() -> workflow.answer(id, null, REPLY_ACTIONS + " " + REPLY_ACTIONS)).isInstanceOfSatisfying(
				UserInputException.class,
				ex -> assertThat(ex.problems()).anyMatch(p -> p.code().equals("citizenreports.error.noFindings")));
		workflow.answer(id, REPLY_FINDINGS, REPLY_ACTIONS);
		workflow.close(id, "Người phản ánh không có ý kiến thêm.");
		assertThat(store.events(id)).extracting(e -> e.to().name())
			.containsExactly("RECEIVED", "RECEIVED", "SCREENED", "VERIFYING", "FORWARDED", "ANSWERED", "CLOSED");
		assertThat(store.events(id)).filteredOn(e -> e.to() == ReportStatus.SCREENED).singleElement().satisfies(e -> {
			assertThat(e.actor()).isEqualTo(Personas.FRONT_VIET_HUNG);
			assertThat(e.reason()).contains("thẩm quyền giám sát");
			assertThat(e.at()).isNotNull();
		});
		assertThat(store.events(id)).filteredOn(e -> e.to() == ReportStatus.VERIFYING)
			.singleElement()
			.satisfies(e -> assertThat(e.internal()).as("verification notes stay internal").isTrue());
		assertThatThrownBy(() -> workflow.close(id, "lần nữa")).isInstanceOf(UserInputException.class);
	}

	@Test
	void theReporterRatesTheReplyAndAsksToReopenOnlyOnce() {
		Receipt receipt = intake.receive(anonymous("Cán bộ phường hẹn lần hẹn lượt."), null);
		signInAs(Personas.FRONT_VIET_HUNG, "FRONT_OFFICER");
		workflow.screen(receipt.reportId(), Classification.REPORT, "Cụ thể, xác minh được.");
		workflow.startVerifying(receipt.reportId(), null);
		workflow.answer(receipt.reportId(), REPLY_FINDINGS, REPLY_ACTIONS);
		ReportFixtures.signOut();
		reports.rate(receipt.receiptCode(), 2, "10.0.3.1");
		assertThatThrownBy(() -> reports.rate(receipt.receiptCode(), 5, "10.0.3.1"))
			.isInstanceOf(UserInputException.class);
		reports.reopen(receipt.receiptCode(), "Câu trả lời chưa nói rõ thời hạn khắc phục.", "10.0.3.1");
		assertThat(store.byId(receipt.reportId()).orElseThrow().status()).isEqualTo(ReportStatus.VERIFYING);
		signInAs(Personas.FRONT_VIET_HUNG, "FRONT_OFFICER");
		workflow.answer(receipt.reportId(), REPLY_FINDINGS, REPLY_ACTIONS + " Thời hạn khắc phục là ngày 31/12.");
		ReportFixtures.signOut();
		assertThatThrownBy(() -> reports.reopen(receipt.receiptCode(), "Lần hai", "10.0.3.1")).isInstanceOfSatisfying(
				UserInputException.class,
				ex -> assertThat(ex.problems().get(0).code()).isEqualTo("citizenreports.error.cannotReopen"));
		var tracked = reports.track(receipt.receiptCode(), "10.0.3.1").orElseThrow();
		assertThat(tracked.publicReply()).contains("31/12");
		assertThat(tracked.messages()).isEmpty();
	}

	@Test
	void denunciationsAreRoutedOutWithATransferLetterAndTheReporterIsToldWhere() throws Exception {
		long id = intake.receive(identified("TO_CAO", null, "Cán bộ địa chính nhận tiền của dân."), null).reportId();
		signInAs(Personas.FRONT_VIET_HUNG, "FRONT_OFFICER");
		assertThatThrownBy(() -> workflow.screen(id, Classification.DENUNCIATION, "Giữ lại")).isInstanceOfSatisfying(
				UserInputException.class,
				ex -> assertThat(ex.problems().get(0).code()).isEqualTo("citizenreports.error.mustRouteOut"));
		var file = routingOut.routeOut(id, Classification.DENUNCIATION, "Ủy ban Kiểm tra Đảng ủy phường Việt Hưng",
				"Đơn tố cáo, thuộc thẩm quyền của cơ quan khác.");
		ReportRow r = store.byId(id).orElseThrow();
		assertThat(r.status()).isEqualTo(ReportStatus.ROUTED_OUT);
		assertThat(r.screenDue()).as("routing out is due within 5 working days").isAfter(LocalDate.now());
		try (var pdf = Loader.loadPDF(files.load(file).orElseThrow().content())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("CÔNG VĂN")
				.contains("chuyển đơn tố cáo")
				.contains("Ủy ban Kiểm tra Đảng ủy phường");
			assertThat(text).as("the letter never names the reporter").doesNotContain("Lê Thị Đào");
		}
		ReportFixtures.signOut();
		var tracked = jdbc.sql("select body from citizen_report_message where report_id = ?")
			.param(id)
			.query(String.class)
			.list();
		assertThat(tracked).anyMatch(m -> m.contains("Ủy ban Kiểm tra Đảng ủy phường Việt Hưng"));
	}

	@Test
	void anonymousReportsWithoutEvidenceAreArchivedAndDuplicatesMerged() {
		long first = intake.receive(anonymous("Tổ trưởng thu tiền vệ sinh không có biên lai."), null).reportId();
		long second = intake.receive(anonymous("Tổ trưởng thu tiền vệ sinh không biên lai (gửi lại)."), null)
			.reportId();
		signInAs(Personas.FRONT_VIET_HUNG, "FRONT_OFFICER");
		assertThatThrownBy(() -> workflow.screen(first, Classification.PROPOSAL, "Kiến nghị"))
			.as("anonymous input stays a phản ánh")
			.isInstanceOf(UserInputException.class);
		workflow.archive(first, "Không ghi tên, không có chứng cứ cụ thể: lưu làm thông tin tham khảo.");
		assertThatThrownBy(() -> workflow.mergeInto(second, second, "trùng")).isInstanceOf(UserInputException.class);
		workflow.mergeInto(second, first, "Trùng nội dung với phản ánh trước.");
		assertThat(store.byId(first).orElseThrow().status()).isEqualTo(ReportStatus.ARCHIVED);
		assertThat(store.byId(second).orElseThrow().duplicateOf()).isEqualTo(first);
		long third = intake.receive(anonymous("Nội dung không liên quan cán bộ."), null).reportId();
		workflow.reject(third, "Không thuộc phạm vi giám sát cán bộ, đảng viên.");
		assertThat(store.byId(third).orElseThrow().status()).isEqualTo(ReportStatus.REJECTED);
	}

	@Test
	void theReporterIdentityIsUnreadableInTheDatabase() {
		long id = intake.receive(identified("KIEN_NGHI", null, "Đề nghị công khai các khoản thu."), null).reportId();
		byte[] sealed = jdbc.sql("select reporter_sealed from citizen_report where id = ?")
			.param(id)
			.query(byte[].class)
			.single();
		String raw = new String(sealed, StandardCharsets.ISO_8859_1) + new String(sealed, StandardCharsets.UTF_8);
		assertThat(raw).doesNotContain("Lê Thị Đào").doesNotContain("0912345678").doesNotContain("Ngọc Lâm");
		String row = jdbc.sql("select row_to_json(r)::text from citizen_report r where id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(row).doesNotContain("0912345678").doesNotContain("Đào");
		assertThat(jdbc.sql("select reporter_key_id from citizen_report where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("demo1");
	}

	@Test
	void onlyTheScreeningOfficerRevealsTheReporterWithAReasonAndEveryRevealIsLogged() throws Exception {
		long id = intake.receive(identified("KIEN_NGHI", null, "Đề nghị xem xét việc cấp phép xây dựng."), null)
			.reportId();
		signInAs(Personas.FRONT_VIET_HUNG, "FRONT_OFFICER");
		assertThatThrownBy(() -> reveal.reveal(id, "xem")).isInstanceOf(UserInputException.class);
		Reporter r = reveal.reveal(id, "Cần liên hệ người phản ánh để bổ sung chứng cứ.");
		assertThat(r.name()).isEqualTo("Lê Thị Đào");
		assertThat(store.reveals(id)).singleElement().satisfies(v -> {
			assertThat(v.username()).isEqualTo(Personas.FRONT_VIET_HUNG);
			assertThat(v.reason()).contains("bổ sung chứng cứ");
		});
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'REPORTER_REVEALED' and entity_id = ?")
			.param(String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1);
		mvc.perform(get("/reports/" + id).with(As.page(Personas.FRONT_VIET_HUNG)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("bổ sung chứng cứ")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Lê Thị Đào"))));
		mvc.perform(post("/reports/" + id + "/reveal").with(As.page(Personas.FRONT_VIET_HUNG))
			.with(csrf())
			.param("reason", "Xác minh lại số điện thoại liên hệ."))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Lê Thị Đào")));
		ReportFixtures.signOut();
		signInAs(Personas.LEADER, "LEADER");
		assertThatThrownBy(() -> reveal.reveal(id, "Lãnh đạo muốn biết người gửi."))
			.isInstanceOf(OutOfScopeException.class);
		ReportFixtures.signOut();
		signInAs(Personas.ADMIN, "SYSTEM_ADMIN");
		assertThatThrownBy(() -> reveal.reveal(id, "Quản trị viên kiểm tra hệ thống."))
			.isInstanceOf(OutOfScopeException.class);
		assertThat(store.reveals(id)).hasSize(2);
	}

	@Test
	void otherRolesSeeReportsOnlyWithinTheirRoleAndNeverTheReporter() throws Exception {
		String chair = personCode(jdbc, "P-VH-UBND", "Chủ tịch UBND phường");
		long id = intake.receive(identified("PHAN_ANH", chair, "Phản ánh về thái độ tiếp dân."), null).reportId();
		mvc.perform(get("/reports/" + id).with(As.page(Personas.CADRE))).andExpect(status().isForbidden());
		// the old district Front's scope holds only the units abolished in 2025
		mvc.perform(get("/reports/" + id).with(As.page(Personas.FRONT_LONG_BIEN))).andExpect(status().isForbidden());
		mvc.perform(get("/reports/" + id).with(As.page(Personas.PARTY_COMMITTEE))).andExpect(status().isForbidden());
		mvc.perform(post("/reports/" + id + "/reveal").with(As.page(Personas.FRONT_WORK_COMMITTEE))
			.with(csrf())
			.param("reason", "Ban công tác muốn biết người gửi.")).andExpect(status().isForbidden());
		mvc.perform(post("/reports/" + id + "/steps").with(As.page(Personas.FRONT_VIET_HUNG))
			.param("step", "screen")
			.param("classification", "PHAN_ANH")
			.param("reason", "không có CSRF")).andExpect(status().isForbidden());
		mvc.perform(post("/reports/" + id + "/steps").with(As.page(Personas.FRONT_VIET_HUNG))
			.with(csrf())
			.param("step", "screen")
			.param("classification", "PHAN_ANH")
			.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ghi lý do")));
	}

	@Test
	void theManagingCommitteeSeesTheReportOnceForwardedAndAnswersItButNeverSeesTheReporter() throws Exception {
		long id = intake.receive(identified("PHAN_ANH", "LB-CB-001", "Trưởng phòng hay vắng mặt khi tiếp dân."), null)
			.reportId();
		mvc.perform(get("/reports/" + id).with(As.page(Personas.PARTY_COMMITTEE))).andExpect(status().isForbidden());
		// the cadre concerned never sees it
		mvc.perform(get("/reports/" + id).with(As.page(Personas.CADRE))).andExpect(status().isForbidden());
		signInAs(Personas.FRONT_VIET_HUNG, "FRONT_OFFICER");
		workflow.screen(id, Classification.REPORT, "Cụ thể.");
		workflow.startVerifying(id, null);
		workflow.forward(id, "Thuộc diện Quận ủy quản lý.");
		ReportFixtures.signOut();
		mvc.perform(get("/reports/" + id).with(As.page(Personas.PARTY_COMMITTEE)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("answer-form")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Lê Thị Đào"))))
			.andExpect(
					content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("reveal-reason"))));
		mvc.perform(get("/reports").with(As.page(Personas.PARTY_COMMITTEE)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/reports/" + id + "\"")));
		signInAs(Personas.PARTY_COMMITTEE, "PARTY_COMMITTEE_OFFICER");
		workflow.answer(id, REPLY_FINDINGS, REPLY_ACTIONS);
		assertThat(store.byId(id).orElseThrow().status()).isEqualTo(ReportStatus.ANSWERED);
		assertThatThrownBy(() -> workflow.close(id, "Cấp ủy tự đóng")).isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void theExportListsReportsButNeverTheReporter() throws Exception {
		long id = intake.receive(identified("KIEN_NGHI", null, "Đề nghị sửa đường ngõ 5."), null).reportId();
		byte[] xlsx = mvc.perform(get("/reports/export.xlsx").with(As.page(Personas.FRONT_VIET_HUNG)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		StringBuilder all = new StringBuilder();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			book.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
		}
		assertThat(all).contains(String.valueOf(id)).contains("Kiến nghị");
		assertThat(all.toString()).doesNotContain("Lê Thị Đào").doesNotContain("0912345678");
	}

	private void issuedPlanAssigning(long personId, String focalCode, int year) {
		long owner = orgId("HN-MTTQ");
		long focal = orgId(focalCode);
		Long plan = jdbc.sql("select id from supervision_plan where owner_id = ? and year = ?")
			.params(owner, year)
			.query(Long.class)
			.optional()
			.orElseGet(() -> jdbc
				.sql("""
						insert into supervision_plan (owner_id, year, title, status) values (?, ?, 'Kế hoạch thử phản ánh', 'ISSUED')
						returning id""")
				.params(owner, year)
				.query(Long.class)
				.single());
		jdbc.sql(
				"insert into plan_focal_unit (plan_id, organisation_id, capacity) values (?, ?, 1) on conflict do nothing")
			.params(plan, focal)
			.update();
		Long subject = jdbc
			.sql("insert into plan_subject (plan_id, person_id) values (?, ?) on conflict do nothing returning id")
			.params(plan, personId)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (subject != null) {
			jdbc.sql("insert into plan_assignment (subject_id, plan_id, focal_unit_id) values (?, ?, ?)")
				.params(subject, plan, focal)
				.update();
		}
	}

	private long orgId(String code) {
		return jdbc.sql("select id from organisation where code = ?").param(code).query(Long.class).single();
	}

	private String orgCode(Long id) {
		return jdbc.sql("select code from organisation where id = ?").param(id).query(String.class).single();
	}

}
