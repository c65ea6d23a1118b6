package vn.giamsat.supervision;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.citizenreports.Channel;
import vn.giamsat.citizenreports.CitizenReports;
import vn.giamsat.citizenreports.NewReport;
import vn.giamsat.citizenreports.Reporter;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A recommendation arising from a citizen's report: a resident of the new Việt Hưng ward
 * proposes something about a ward cadre, the ward's Front issues a recommendation citing
 * the receipt code, addressed by default to the committee that manages the cadre and due
 * after the configured days. No assignment in the year's plan is needed, but only a Front
 * officer whose scope holds the person and the addressee may issue it.
 */
@IntegrationTest
class RecommendationFromCitizenReportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecommendationIssuing issuing;

	@Autowired
	RecommendationBoard board;

	@Autowired
	CitizenReports reports;

	SupervisionFixtures fx;

	LocalDate today;

	@BeforeEach
	void setUp() {
		fx = new SupervisionFixtures(jdbc);
		today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	@AfterEach
	void signOut() {
		SupervisionFixtures.signOut();
	}

	/**
	 * A person who works in and is managed within Việt Hưng ward, lives nowhere else, and
	 * is in no plan of the year: in the ward Front's scope, outside the old district's.
	 */
	long wardPerson(int n) {
		return jdbc.sql("""
				select p.id from person p
				join organisation m on m.id = p.managing_committee_id join admin_unit mu on mu.id = m.unit_id
				join organisation w on w.id = p.workplace_id join admin_unit wu on wu.id = w.unit_id
				left join admin_unit ru on ru.id = p.residence_unit_id
				where mu.code like 'HN-P-VH%' and wu.code like 'HN-P-VH%' and (ru.id is null or ru.code like 'HN-P-VH%')
				and not exists (select 1 from plan_subject s join supervision_plan sp on sp.id = s.plan_id
				  where s.person_id = p.id and sp.year = ?)
				order by p.id limit 1 offset ?""").params(SupervisionFixtures.YEAR, n).query(Long.class).single();
	}

	String managingCommitteeName(long person) {
		return jdbc.sql("""
				select o.name from person p join organisation o on o.id = p.managing_committee_id where p.id = ?""")
			.param(person)
			.query(String.class)
			.single();
	}

	@Test
	void theWardFrontIssuesARecommendationFromAResidentsReportThroughTheFormCitingItsReceiptCode() throws Exception {
		long person = wardPerson(0);
		String receipt = reports
			.submit(new NewReport("KIEN_NGHI", "HN-P-VH", fx.code(person), null, null,
					"Đề nghị bố trí người tiếp dân tại bộ phận một cửa vào sáng thứ Bảy.", false,
					new Reporter("Lê Thị Đào", "0912345678", "Số 7 ngõ 12 Ngọc Lâm"), List.of(), Channel.PORTAL),
					"203.0.113.71")
			.receiptCode();

		var location = mvc
			.perform(post("/supervision/recommendations").with(As.page(Personas.FRONT_VIET_HUNG))
				.with(csrf())
				.param("source", "CITIZEN_REPORT")
				.param("reference", receipt)
				.param("person", String.valueOf(person))
				.param("content", "Đề nghị xem xét bố trí cán bộ tiếp dân sáng thứ Bảy theo phản ánh của Nhân dân.")
				.param("issuedOn", DateInput.format(today)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/supervision/recommendations/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		SupervisionFixtures.signInAs(Personas.FRONT_VIET_HUNG, "FRONT_OFFICER");
		var row = board.recommendation(id);
		assertThat(row.source()).isEqualTo(RecommendationSource.CITIZEN_REPORT);
		assertThat(row.sourceReference()).isEqualTo(receipt);
		assertThat(row.issuerId()).isEqualTo(fx.organisation("P-VH-MTTQ"));
		assertThat(row.addresseeName()).isEqualTo(managingCommitteeName(person));
		assertThat(row.issuedOn()).isEqualTo(today);
		assertThat(row.dueOn()).isEqualTo(today.plusDays(issuing.dueDays())).isEqualTo(today.plusDays(30));
	}

	@Test
	void theFacadeForCitizensReportsIssuesToTheManagingCommitteeDueAfterTheConfiguredDays() {
		long person = wardPerson(1);
		SupervisionFixtures.signInAs(Personas.FRONT_VIET_HUNG, "FRONT_OFFICER");
		long id = issuing.fromCitizenReport("PA-2026-TEST-71", person, null, "vanthu.phuong@example.vn",
				"Đề nghị làm rõ việc chậm trả hồ sơ đất đai theo phản ánh của Nhân dân.");
		var row = board.recommendation(id);
		assertThat(row.source()).isEqualTo(RecommendationSource.CITIZEN_REPORT);
		assertThat(row.sourceReference()).isEqualTo("PA-2026-TEST-71");
		assertThat(row.personId()).isEqualTo(person);
		assertThat(row.addresseeName()).isEqualTo(managingCommitteeName(person));
		assertThat(row.addresseeEmail()).isEqualTo("vanthu.phuong@example.vn");
		assertThat(row.status()).isEqualTo(RecommendationStatus.OPEN);
		assertThat(row.issuedOn()).isEqualTo(today);
		assertThat(row.dueOn()).isEqualTo(today.plusDays(30));
		assertThat(jdbc.sql("""
				select count(*) from audit_event where entity_type = 'Recommendation' and action = 'CREATE'
				and entity_id = ?""").param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void onlyAFrontOfficerIssuesOne() throws Exception {
		long person = wardPerson(2);
		long before = fx.count("recommendation");
		mvc.perform(post("/supervision/recommendations").with(As.page(Personas.WOMENS_UNION))
			.with(csrf())
			.param("source", "CITIZEN_REPORT")
			.param("reference", "PA-2026-TEST-72")
			.param("person", String.valueOf(person))
			.param("content", "Không có quyền ban hành kiến nghị")
			.param("issuedOn", DateInput.format(today))).andExpect(status().isForbidden());
		for (var persona : List.of(new String[] { Personas.WOMENS_UNION, "MEMBER_ORG_OFFICER" },
				new String[] { Personas.PARTY_COMMITTEE, "PARTY_COMMITTEE_OFFICER" },
				new String[] { Personas.CADRE, "CADRE" })) {
			SupervisionFixtures.signInAs(persona[0], persona[1]);
			assertThatThrownBy(() -> issuing.fromCitizenReport("PA-2026-TEST-72", person, null, null,
					"Không có quyền ban hành kiến nghị"))
				.as(persona[0])
				.isInstanceOf(OutOfScopeException.class);
		}
		assertThat(fx.count("recommendation")).isEqualTo(before);
	}

	@Test
	void aFrontOfficerIsRefusedForAPersonOrAnAddresseeOutsideTheirScope() throws Exception {
		long person = wardPerson(3);
		long before = fx.count("recommendation");
		SupervisionFixtures.signInAs(Personas.FRONT_LONG_BIEN, "FRONT_OFFICER");
		assertThatThrownBy(() -> issuing.fromCitizenReport("PA-2026-TEST-73", person, null, null,
				"Đề nghị về một cán bộ ngoài phạm vi quận cũ"))
			.as("a Việt Hưng ward cadre is outside the former district Front's scope")
			.isInstanceOf(OutOfScopeException.class);
		SupervisionFixtures.signInAs(Personas.FRONT_VIET_HUNG, "FRONT_OFFICER");
		assertThatThrownBy(() -> issuing.fromCitizenReport("PA-2026-TEST-74", person, fx.organisation("LB-QU"), null,
				"Đề nghị gửi Quận ủy Long Biên"))
			.as("the Long Biên district party committee is no addressee of the ward Front")
			.isInstanceOf(OutOfScopeException.class);
		SupervisionFixtures.signOut();
		mvc.perform(post("/supervision/recommendations").with(As.page(Personas.FRONT_VIET_HUNG))
			.with(csrf())
			.param("source", "CITIZEN_REPORT")
			.param("reference", "PA-2026-TEST-75")
			.param("person", String.valueOf(person))
			.param("addressee", String.valueOf(fx.organisation("LB-QU")))
			.param("content", "Đề nghị gửi Quận ủy Long Biên")
			.param("issuedOn", DateInput.format(today))).andExpect(status().isForbidden());
		assertThat(fx.count("recommendation")).isEqualTo(before);
	}

}
