package vn.giamsat.cultivation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

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

/**
 * Writing, submitting, approving and returning a self-cultivation plan, and every
 * refusal.
 */
@IntegrationTest
class CultivationWorkflowTest {

	static final CommitmentDraft CONCRETE = new CommitmentDraft(Area.WORK,
			"Hoàn thành số hóa 100% hồ sơ một cửa của phòng", "Báo cáo kết quả số hóa gửi Văn phòng UBND quận",
			LocalDate.of(2024, 9, 30), List.of("QD522-05"));

	static final CommitmentDraft GENERIC = new CommitmentDraft(Area.ETHICS_LIFESTYLE,
			"Chấp hành tốt chủ trương, nâng cao nhận thức", "Thực hiện nghiêm túc", null, List.of());

	@Autowired
	CultivationPlans plans;

	@Autowired
	CultivationPlanStore store;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	static void as(String username, String role) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
					List.of(new SimpleGrantedAuthority("ROLE_" + role))));
	}

	long person(String code) {
		return jdbc.sql("select id from person where code = ?").param(code).query(Long.class).single();
	}

	int version(long id) {
		return store.plan(id).orElseThrow().version();
	}

	@Test
	void theCadreWritesAGenericPlanSeesTheFlagsAndTheCommitteeReturnsItKeepingTheHistory() {
		as(Personas.CADRE, "CADRE");
		long me = person(Personas.CADRE_PERSON_CODE);
		long id = plans.saveDraft(me, 2024, "", List.of(GENERIC));
		var report = plans.submit(id, version(id));
		assertThat(report.acceptable()).isFalse();
		assertThat(report.flags()).extracting(f -> f.code().name()).contains("NO_WEAKNESS", "EMPTY_FORMULA");
		as(Personas.PARTY_CELL, "PARTY_CELL_OFFICER");
		assertThatThrownBy(() -> plans.approve(id, version(id))).isInstanceOf(OutOfScopeException.class);
		as(Personas.PARTY_COMMITTEE, "PARTY_COMMITTEE_OFFICER");
		assertThatThrownBy(() -> plans.returnPlan(id, version(id), " ")).isInstanceOf(UserInputException.class);
		plans.returnPlan(id, version(id), "Kế hoạch chung chung, dàn trải; cần nêu rõ việc làm và thời hạn.");
		var returned = store.plan(id).orElseThrow();
		assertThat(returned.status()).isEqualTo(CultivationStatus.RETURNED);
		assertThat(returned.revision()).isEqualTo(2);
		assertThat(store.revisions(id)).containsExactly("1:RETURNED");

		as(Personas.CADRE, "CADRE");
		plans.saveDraft(me, 2024, "Còn chậm trong ứng dụng công nghệ thông tin", List.of(CONCRETE));
		var better = plans.submit(id, version(id));
		assertThat(better.acceptable()).isTrue();
		as(Personas.PARTY_COMMITTEE, "PARTY_COMMITTEE_OFFICER");
		plans.approve(id, version(id));
		assertThat(store.plan(id).orElseThrow().status()).isEqualTo(CultivationStatus.APPROVED);
		assertThatThrownBy(() -> plans.approve(id, version(id))).isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(((UserInputException) ex).problems()).extracting(Problem::code)
				.containsExactly("cultivation.error.notSubmitted"));
		as(Personas.CADRE, "CADRE");
		assertThatThrownBy(() -> plans.saveDraft(me, 2024, "x", List.of(CONCRETE)))
			.isInstanceOf(UserInputException.class);
	}

	@Test
	void aCadreWritesOnlyTheirOwnPlanAndAClerkInScopeMayWriteForThem() {
		as(Personas.CADRE, "CADRE");
		long other = jdbc.sql("select id from person where code like 'LB-CB-0%' and code <> ? order by code limit 1")
			.param(Personas.CADRE_PERSON_CODE)
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> plans.saveDraft(other, 2024, "x", List.of(CONCRETE)))
			.isInstanceOf(OutOfScopeException.class);
		as(Personas.PROPAGANDA, "PROPAGANDA_OFFICER");
		long id = plans.saveDraft(other, 2024, "Chưa sâu sát cơ sở", List.of(CONCRETE));
		assertThat(store.commitments(id)).hasSize(1);
		as(Personas.FRONT_VIET_HUNG, "FRONT_OFFICER");
		assertThatThrownBy(() -> plans.report(id)).isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void twoApproversAtOnceTheSecondIsRefused() {
		as(Personas.PROPAGANDA, "PROPAGANDA_OFFICER");
		long someone = jdbc
			.sql("select p.id from person p join organisation m on m.id = p.managing_committee_id "
					+ "where m.code = 'LB-QU' and p.code like 'LB-CB-0%' order by p.code offset 2 limit 1")
			.query(Long.class)
			.single();
		long id = plans.saveDraft(someone, 2024, "Đôi khi còn nể nang", List.of(CONCRETE));
		plans.submit(id, version(id));
		as(Personas.PARTY_COMMITTEE, "PARTY_COMMITTEE_OFFICER");
		int stale = version(id);
		plans.approve(id, stale);
		assertThatThrownBy(() -> plans.returnPlan(id, stale, "Trả lại"))
			.isInstanceOfAny(OptimisticLockingFailureException.class, UserInputException.class);
		assertThat(store.plan(id).orElseThrow().status()).isEqualTo(CultivationStatus.APPROVED);
	}

	@Test
	void badPlansAreRefusedWithEveryReasonAndNothingIsWritten() {
		as(Personas.CADRE, "CADRE");
		long me = person(Personas.CADRE_PERSON_CODE);
		long before = jdbc.sql("select count(*) from cultivation_plan").query(Long.class).single();
		assertThatThrownBy(() -> plans.saveDraft(me, 2025, "", List.of())).isInstanceOf(UserInputException.class);
		assertThatThrownBy(() -> plans.saveDraft(me, 2025, "",
				List.of(new CommitmentDraft(Area.WORK, "x".repeat(10_000), "", null, List.of()),
						new CommitmentDraft(Area.WORK, "Báo cáo chuyên đề", "1 chuyên đề", LocalDate.of(2026, 1, 15),
								List.of()),
						new CommitmentDraft(null, "  ", "", null, List.of("KHONG-CO")))))
			.isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(((UserInputException) ex).problems()).extracting(Problem::code)
				.contains("cultivation.error.commitmentTooLong", "cultivation.error.deadlineOutsideYear",
						"cultivation.error.area", "cultivation.error.actionRequired", "cultivation.error.criterion"));
		assertThat(jdbc.sql("select count(*) from cultivation_plan").query(Long.class).single()).isEqualTo(before);
	}

}
