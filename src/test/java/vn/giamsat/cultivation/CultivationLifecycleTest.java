package vn.giamsat.cultivation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.cultivation.CultivationLifecycle.Place;
import vn.giamsat.cultivation.CultivationLifecycle.Rating;
import vn.giamsat.cultivation.CultivationLifecycle.Result;
import vn.giamsat.cultivation.CultivationLifecycle.SelfAssessment;
import vn.giamsat.cultivation.internal.CommitmentDraft;
import vn.giamsat.cultivation.internal.CultivationPlanStore;
import vn.giamsat.cultivation.internal.checks.Area;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After approval: publication on the portal, the notice sheet and its QR code, postings
 * with photo evidence, replacement that withdraws the published version, self-assessment
 * and evaluation, and every refusal. Uses the year 2023 and its own cadres.
 */
@IntegrationTest
class CultivationLifecycleTest {

	static final int YEAR = 2023;

	static final CommitmentDraft READING = new CommitmentDraft(Area.POLITICAL_STUDY,
			"Đọc và viết thu hoạch 4 chuyên đề học tập tư tưởng Hồ Chí Minh", "4 bài thu hoạch nộp chi bộ",
			LocalDate.of(YEAR, 11, 30), List.of());

	static final CommitmentDraft MEETINGS = new CommitmentDraft(Area.RESIDENCE,
			"Dự đủ 12 buổi sinh hoạt tổ dân phố nơi cư trú", "Sổ theo dõi của tổ trưởng ghi đủ 12 buổi",
			LocalDate.of(YEAR, 12, 15), List.of());

	@Autowired
	CultivationPlans plans;

	@Autowired
	CultivationLifecycle lifecycle;

	@Autowired
	CultivationPlanStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	static void as(String username, String role) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
					List.of(new SimpleGrantedAuthority("ROLE_" + role))));
	}

	/** The n-th cadre managed by the district party committee (the demo's own codes). */
	String code(int n) {
		return jdbc.sql("""
				select p.code from person p join organisation m on m.id = p.managing_committee_id
				where m.code = 'LB-QU' and p.code like 'LB-CB-%' order by p.code offset ? limit 1""")
			.param(n)
			.query(String.class)
			.single();
	}

	long cadre(String code) {
		return jdbc.sql("select id from person where code = ?").param(code).query(Long.class).single();
	}

	String residenceCode(long personId) {
		return jdbc.sql("select u.code from person p join admin_unit u on u.id = p.residence_unit_id where p.id = ?")
			.param(personId)
			.query(String.class)
			.single();
	}

	int version(long id) {
		return store.plan(id).orElseThrow().version();
	}

	long approvedPlan(String code, CommitmentDraft... commitments) {
		as(Personas.PROPAGANDA, "PROPAGANDA_OFFICER");
		long id = plans.saveDraft(cadre(code), YEAR, "Còn ngại va chạm khi góp ý đồng chí", List.of(commitments));
		plans.submit(id, version(id));
		as(Personas.PARTY_COMMITTEE, "PARTY_COMMITTEE_OFFICER");
		plans.approve(id, version(id));
		return id;
	}

	static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void aPublishedPlanIsOnThePublicPageOfTheResidentialGroupWithNothingElseAboutThePerson() throws Exception {
		long id = approvedPlan(code(20), READING, MEETINGS);
		long person = cadre(code(20));
		String group = residenceCode(person);
		String name = jdbc.sql("select full_name from person where id = ?").param(person).query(String.class).single();

		String before = mvc.perform(get("/portal/posting/units/" + group).param("year", "" + YEAR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(before).doesNotContain(name);

		as(Personas.PARTY_COMMITTEE, "PARTY_COMMITTEE_OFFICER");
		lifecycle.publish(id, version(id));

		String page = mvc.perform(get("/portal/posting/units/" + group).param("year", "" + YEAR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(name, "Dự đủ 12 buổi sinh hoạt tổ dân phố nơi cư trú", "15/12/2023")
			.doesNotContain(code(20));
		String birthYear = jdbc.sql("select birth_year::text from person where id = ?")
			.param(person)
			.query(String.class)
			.single();
		assertThat(page).doesNotContain("Năm sinh").doesNotContain("sinh năm " + birthYear);

		String ward = jdbc
			.sql("select w.code from admin_unit g join admin_unit w on w.id = g.parent_id where g.code = ?")
			.param(group)
			.query(String.class)
			.single();
		assertThat(mvc.perform(get("/portal/posting/units/" + ward).param("year", "" + YEAR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).as("the ward's page gathers its residential groups").contains(name);
		mvc.perform(get("/portal/posting/units/HN-LB")).andExpect(status().isNotFound());
	}

	@Test
	void theNoticeSheetPrintsEveryPublishedPlanAndItsQrCodeLeadsToTheOnlinePage() throws Exception {
		long id = approvedPlan(code(21), READING);
		lifecycle.publish(id, version(id));
		String group = residenceCode(cadre(code(21)));
		String name = jdbc.sql("select full_name from person where code = ?")
			.param(code(21))
			.query(String.class)
			.single();

		byte[] pdf = mvc.perform(get("/portal/posting/units/" + group + "/notice.pdf").param("year", "" + YEAR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("CÔNG KHAI KẾ HOẠCH TU DƯỠNG, RÈN LUYỆN NĂM 2023", name,
					"Đọc và viết thu hoạch 4 chuyên đề");
			BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 200);
			int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
			var bitmap = new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
			String decoded = new QRCodeReader().decode(bitmap).getText();
			assertThat(decoded).endsWith("/portal/posting/units/" + group + "?year=2023");
		}
	}

	@Test
	void replacingAPublishedPlanWithdrawsItFromThePortalAndTheNoticeBoard() throws Exception {
		long id = approvedPlan(code(22), MEETINGS);
		long person = cadre(code(22));
		String group = residenceCode(person);
		String name = jdbc.sql("select full_name from person where id = ?").param(person).query(String.class).single();
		lifecycle.publish(id, version(id));
		as(Personas.FRONT_LONG_BIEN, "FRONT_OFFICER");
		long posting = lifecycle.recordPosting(YEAR, Place.RESIDENCE, group, LocalDate.of(YEAR, 5, 2), "bang-tin.png",
				png(), "Bảng tin nhà văn hóa");
		assertThat(jdbc.sql("select count(*) from cultivation_posting_plan where posting_id = ? and plan_id = ?")
			.params(posting, id)
			.query(Long.class)
			.single()).isEqualTo(1);

		as(Personas.PROPAGANDA, "PROPAGANDA_OFFICER");
		lifecycle.replace(id, version(id));

		assertThat(store.plan(id).orElseThrow().status()).isEqualTo(CultivationStatus.DRAFT);
		assertThat(store.plan(id).orElseThrow().revision()).isEqualTo(2);
		assertThat(store.revisions(id)).containsExactly("1:APPROVED");
		assertThat(jdbc.sql("select withdrawn_at is not null from cultivation_posting_plan where plan_id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();
		String page = mvc.perform(get("/portal/posting/units/" + group).param("year", "" + YEAR))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain(name);
	}

	@Test
	void approvingOrPublishingAWithdrawnPlanIsRefused() {
		long id = approvedPlan(code(23), READING);
		as(Personas.PARTY_COMMITTEE, "PARTY_COMMITTEE_OFFICER");
		lifecycle.publish(id, version(id));
		assertThatThrownBy(() -> lifecycle.withdraw(id, version(id), " ")).isInstanceOf(UserInputException.class);
		lifecycle.withdraw(id, version(id), "Đồng chí chuyển công tác sang quận khác");
		assertThat(store.plan(id).orElseThrow().status()).isEqualTo(CultivationStatus.WITHDRAWN);

		assertThatThrownBy(() -> plans.approve(id, version(id))).isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(((UserInputException) ex).problems()).extracting(Problem::code)
				.containsExactly("cultivation.error.notSubmitted"));
		assertThatThrownBy(() -> lifecycle.publish(id, version(id))).isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(((UserInputException) ex).problems()).extracting(Problem::code)
				.containsExactly("cultivation.error.notApproved"));
	}

	@Test
	void theYearEndsWithTheCadresSelfAssessmentAndThePartyCommitteesEvaluation() {
		long id = approvedPlan(code(24), READING, MEETINGS);
		lifecycle.publish(id, version(id));
		as(Personas.PROPAGANDA, "PROPAGANDA_OFFICER");
		lifecycle.passToSupervision(id, version(id));
		assertThat(store.plan(id).orElseThrow().status()).isEqualTo(CultivationStatus.UNDER_SUPERVISION);

		assertThatThrownBy(() -> lifecycle.selfAssess(id, version(id), "",
				List.of(new SelfAssessment(Result.DONE, "4 bài thu hoạch"))))
			.isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(((UserInputException) ex).problems()).extracting(Problem::code)
				.containsExactly("cultivation.error.assessEvery"));
		assertThatThrownBy(() -> lifecycle.selfAssess(id, version(id), "",
				List.of(new SelfAssessment(Result.DONE, "4 bài"), new SelfAssessment(Result.PARTLY, " "))))
			.isInstanceOf(UserInputException.class);

		lifecycle.selfAssess(id, version(id), "Cơ bản hoàn thành kế hoạch",
				List.of(new SelfAssessment(Result.DONE, "Nộp 4 bài thu hoạch ngày 20/11"),
						new SelfAssessment(Result.PARTLY, "Dự 9/12 buổi do đi công tác")));
		assertThat(jdbc.sql("""
				select string_agg(a.result, ',' order by c.position) from cultivation_assessment a
				join cultivation_commitment c on c.id = a.commitment_id where c.plan_id = ?""")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("DONE,PARTLY");

		as(Personas.PARTY_CELL, "PARTY_CELL_OFFICER");
		assertThatThrownBy(() -> lifecycle.evaluate(id, version(id), Rating.GOOD, "Hoàn thành tốt"))
			.isInstanceOf(OutOfScopeException.class);
		as(Personas.PARTY_COMMITTEE, "PARTY_COMMITTEE_OFFICER");
		assertThatThrownBy(() -> lifecycle.evaluate(id, version(id), null, "x")).isInstanceOf(UserInputException.class);
		lifecycle.evaluate(id, version(id), Rating.GOOD, "Hoàn thành tốt; cần dự đủ sinh hoạt nơi cư trú");
		assertThat(store.plan(id).orElseThrow().status()).isEqualTo(CultivationStatus.EVALUATED);
	}

	@Test
	void onlyTheManagingCommitteeOrPropagandaPublishesAndACadreCannot() {
		long id = approvedPlan(code(25), READING);
		as(Personas.CADRE, "CADRE");
		assertThatThrownBy(() -> lifecycle.publish(id, version(id))).isInstanceOf(OutOfScopeException.class);
		as(Personas.FRONT_VIET_HUNG, "FRONT_OFFICER");
		assertThatThrownBy(() -> lifecycle.publish(id, version(id))).isInstanceOf(OutOfScopeException.class);
		as(Personas.PROPAGANDA, "PROPAGANDA_OFFICER");
		lifecycle.publish(id, version(id));
		assertThat(store.plan(id).orElseThrow().status()).isEqualTo(CultivationStatus.POSTED);
	}

	@Test
	void aPostingNeedsARealPhotoWithinTheLimitAndAPlaceInTheOfficersScope() throws Exception {
		String group = residenceCode(cadre(code(20)));
		as(Personas.FRONT_LONG_BIEN, "FRONT_OFFICER");
		byte[] exe = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes();
		assertThatThrownBy(() -> lifecycle.recordPosting(YEAR, Place.RESIDENCE, group, LocalDate.of(YEAR, 5, 2),
				"anh.jpg", exe, ""))
			.isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(((UserInputException) ex).problems()).extracting(Problem::code)
				.containsExactly("cultivation.error.photoNotImage"));
		byte[] huge = new byte[CultivationLifecycle.PHOTO_MAX_BYTES + 1];
		System.arraycopy(png(), 0, huge, 0, 16);
		assertThatThrownBy(() -> lifecycle.recordPosting(YEAR, Place.RESIDENCE, group, LocalDate.of(YEAR, 5, 2),
				"anh.png", huge, ""))
			.isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(((UserInputException) ex).problems()).extracting(Problem::code)
				.containsExactly("cultivation.error.photoTooLarge"));
		assertThatThrownBy(() -> lifecycle.recordPosting(YEAR, Place.RESIDENCE, group, LocalDate.of(2099, 1, 1),
				"anh.png", png(), ""))
			.isInstanceOf(UserInputException.class);
		long before = jdbc.sql("select count(*) from cultivation_posting").query(Long.class).single();

		as(Personas.FRONT_VIET_HUNG, "FRONT_OFFICER");
		assertThatThrownBy(() -> lifecycle.recordPosting(YEAR, Place.RESIDENCE, group, LocalDate.of(YEAR, 5, 2),
				"anh.png", png(), ""))
			.isInstanceOf(OutOfScopeException.class);
		assertThat(jdbc.sql("select count(*) from cultivation_posting").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void scriptInACommitmentIsShownAsTextOnThePublicPage() throws Exception {
		CommitmentDraft script = new CommitmentDraft(Area.WORK, "<script>alert('x')</script> Hoàn thành 3 báo cáo",
				"3 báo cáo", LocalDate.of(YEAR, 6, 30), List.of());
		long id = approvedPlan(code(26), script);
		lifecycle.publish(id, version(id));
		String group = residenceCode(cadre(code(26)));
		String page = mvc.perform(get("/portal/posting/units/" + group).param("year", "" + YEAR))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
	}

	@Test
	void anUnknownPlaceIsANotFoundPageNotAnError() throws Exception {
		mvc.perform(get("/portal/posting/units/KHONG-CO")).andExpect(status().isNotFound());
		mvc.perform(get("/portal/posting/organisations/KHONG-CO/notice.pdf")).andExpect(status().isNotFound());
	}

}
