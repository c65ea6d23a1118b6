package vn.giamsat.plans;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.plans.internal.AssignmentRow;
import vn.giamsat.plans.internal.PlanEditing;
import vn.giamsat.plans.internal.PlanExplanations;
import vn.giamsat.plans.internal.PlanLifecycle;
import vn.giamsat.plans.internal.PlanStore;
import vn.giamsat.plans.internal.PlanningService;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One test per rule of the assignment: overlap, rotation, conflicts, pins, infeasibility,
 * locking.
 */
@IntegrationTest
class PlanRulesTest {

	@Autowired
	PlanEditing editing;

	@Autowired
	PlanningService planning;

	@Autowired
	PlanStore store;

	@Autowired
	PlanLifecycle lifecycle;

	@Autowired
	PlanExplanations explanations;

	@Autowired
	OrgStructure structure;

	@Autowired
	JdbcClient jdbc;

	PlanFixtures plans;

	@BeforeEach
	void signIn() {
		plans = new PlanFixtures(editing, planning, store, structure);
		PlanFixtures.signInAs("mttq.viethung", "FRONT_OFFICER");
	}

	@AfterEach
	void signOut() {
		PlanFixtures.signOut();
	}

	Map<Long, Long> bySubjectKey(long planId) {
		Map<Long, Long> out = new HashMap<>();
		jdbc.sql(
				"select s.person_id, a.focal_unit_id from plan_assignment a join plan_subject s on s.id = a.subject_id where a.plan_id = ?")
			.param(planId)
			.query(rs -> {
				out.put(rs.getLong(1), rs.getLong(2));
			});
		return out;
	}

	long unit(String code) {
		return structure.organisationByCode(code).orElseThrow().id();
	}

	@Test
	void theDatabaseRefusesASecondFocalUnitForOneSubject() {
		long id = plans.solved(2021, 1);
		AssignmentRow first = store.assignments(id).get(0);
		assertThatThrownBy(
				() -> jdbc.sql("insert into plan_assignment (subject_id, plan_id, focal_unit_id) values (?, ?, ?)")
					.params(first.subjectId(), id, unit("P-VH-MTTQ"))
					.update())
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void everySubjectGetsExactlyOneUnitWithProvenOptimalBalance() {
		long id = plans.solved(2022, 1);
		var plan = store.plan(id).orElseThrow();
		assertThat(store.assignments(id)).hasSize(store.subjects(id).size()).isNotEmpty();
		assertThat(plan.optimal()).isTrue();
		assertThat(plan.balance()).isEqualTo(plan.lowerBound());
	}

	@Test
	void rotationForbidsLastYearsUnitAndAWiderWindowForbidsMoreYears() {
		long y1 = plans.solved(2023, 1);
		long y2 = plans.solved(2024, 1);
		Map<Long, Long> first = bySubjectKey(y1);
		Map<Long, Long> second = bySubjectKey(y2);
		assertThat(second).isNotEmpty().allSatisfy((person, unit) -> assertThat(unit).isNotEqualTo(first.get(person)));
		long y3 = plans.solved(2025, 2);
		Map<Long, Long> third = bySubjectKey(y3);
		assertThat(third).allSatisfy((person, unit) -> {
			assertThat(unit).isNotEqualTo(first.get(person));
			assertThat(unit).isNotEqualTo(second.get(person));
		});
		var rows = explanations.explain(store.plan(y3).orElseThrow(), null).rows();
		assertThat(rows).allSatisfy(r -> assertThat(String.join(" ", r.excluded())).contains("2024").contains("2023"));
	}

	@Test
	void aWindowLargerThanTheHistoryUsesTheHistoryThereIs() {
		PlanFixtures.signInAs("mttq.longbien", "FRONT_OFFICER");
		long id = editing.create(2025, new PlanEditing.General(null, null, "Kế hoạch quận thử K lớn", "", "", 15));
		for (String code : List.of("LB-MTTQ", "LB-LDLD", "LB-CCB", "LB-PN", "LB-DTN")) {
			editing.setFocalUnit(id, plans.version(id), code, java.math.BigDecimal.ONE);
		}
		long district = structure.unitByCode("HN-LB").orElseThrow().id();
		editing.addPeople(id, plans.version(id), new vn.giamsat.people.PeopleSearch(null, null, null, null, null, 0, 50,
				structure.organisationIdsIn(java.util.Set.of(district))));
		planning.solveAndSave(store.plan(id).orElseThrow(), plans.version(id));
		assertThat(store.assignments(id)).hasSize(store.subjects(id).size()).hasSizeGreaterThanOrEqualTo(104);
		var rows = explanations.explain(store.plan(id).orElseThrow(), null).rows();
		assertThat(rows).allSatisfy(r -> assertThat(String.join(" ", r.excluded())).contains("2019"));
	}

	@Test
	void noWindowMeansNoRotationExclusion() {
		long id = plans.draft(2027, 0);
		var rows = explanations.explain(store.plan(id).orElseThrow(), null).rows();
		assertThat(rows).allSatisfy(r -> assertThat(String.join(" ", r.excluded())).doesNotContain("hoán đổi"));
	}

	@Test
	void anOrganisationNeverSupervisesItsOwnLeadersAndAnOrganisationNeverItself() {
		long id = plans.draft(2028, 0);
		editing.addOrganisations(id, plans.version(id), List.of(unit("P-VH-CCB")));
		planning.solveAndSave(store.plan(id).orElseThrow(), plans.version(id));
		var rows = explanations.explain(store.plan(id).orElseThrow(), null).rows();
		var veteransHead = rows.stream()
			.filter(r -> "Chủ tịch Hội Cựu chiến binh phường".equals(r.position()))
			.findFirst()
			.orElseThrow();
		assertThat(veteransHead.unitName()).isNotEqualTo("Hội Cựu chiến binh phường Việt Hưng");
		assertThat(veteransHead.excluded()).anySatisfy(e -> assertThat(e).contains("xung đột lợi ích"));
		var association = rows.stream()
			.filter(r -> "Hội Cựu chiến binh phường Việt Hưng".equals(r.label()))
			.findFirst()
			.orElseThrow();
		assertThat(association.unitName()).isNotEqualTo("Hội Cựu chiến binh phường Việt Hưng");
		assertThat(association.excluded()).anySatisfy(e -> assertThat(e).contains("không tự giám sát"));
	}

	@Test
	void aDeclaredConflictRemovesThatPairOnly() {
		long id = plans.draft(2020, 0);
		var subject = store.subjects(id).get(0);
		editing.declareConflict(id, plans.version(id), subject.id(), unit("P-VH-PN"),
				"Vợ của đồng chí là Chủ tịch Hội");
		planning.solveAndSave(store.plan(id).orElseThrow(), plans.version(id));
		AssignmentRow a = store.assignments(id)
			.stream()
			.filter(x -> x.subjectId() == subject.id())
			.findFirst()
			.orElseThrow();
		assertThat(a.focalUnitId()).isNotEqualTo(unit("P-VH-PN"));
		var row = explanations.explain(store.plan(id).orElseThrow(), null)
			.rows()
			.stream()
			.filter(r -> r.subjectId() == subject.id())
			.findFirst()
			.orElseThrow();
		assertThat(row.excluded()).anySatisfy(e -> assertThat(e).contains("Vợ của đồng chí là Chủ tịch Hội"));
	}

	@Test
	void aPinIsKeptWhenThePlannerSolvesAgainAndAPinThatBreaksARuleIsRefusedNamingIt() {
		long id = plans.solved(2019, 0);
		var subject = store.subjects(id)
			.stream()
			.filter(s -> "Chủ tịch Hội Liên hiệp Phụ nữ phường".equals(s.position()))
			.findFirst()
			.orElseThrow();
		long other = store.assignments(id)
			.stream()
			.filter(a -> a.subjectId() == subject.id())
			.findFirst()
			.orElseThrow()
			.focalUnitId() == unit("P-VH-MTTQ") ? unit("P-VH-DTN") : unit("P-VH-MTTQ");
		editing.pin(id, plans.version(id), subject.id(), other, "Theo đề nghị của Ban Thường trực");
		planning.solveAndSave(store.plan(id).orElseThrow(), plans.version(id));
		AssignmentRow a = store.assignments(id)
			.stream()
			.filter(x -> x.subjectId() == subject.id())
			.findFirst()
			.orElseThrow();
		assertThat(a.focalUnitId()).isEqualTo(other);
		assertThat(a.pinned()).isTrue();
		assertThatThrownBy(() -> editing.pin(id, plans.version(id), subject.id(), unit("P-VH-PN"), "thử"))
			.isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(((UserInputException) ex).problems()).extracting(Problem::code)
				.containsExactly("plan.error.pinRefused"));
	}

	@Test
	void whenASubjectHasNoAllowedUnitThePlannerSaysWhoAndWhichRuleRemovedEachUnit() {
		long id = plans.draft(2018, 0);
		var subject = store.subjects(id).get(0);
		for (String code : PlanFixtures.UNITS) {
			editing.declareConflict(id, plans.version(id), subject.id(), unit(code), "xung đột " + code);
		}
		assertThatThrownBy(() -> planning.solveAndSave(store.plan(id).orElseThrow(), plans.version(id)))
			.isInstanceOf(UserInputException.class)
			.satisfies(ex -> {
				Problem p = ((UserInputException) ex).problems().get(0);
				assertThat(p.code()).isEqualTo("plan.error.noAllowedUnit");
				assertThat(p.args()[0]).isEqualTo(subject.label());
				assertThat((String) p.args()[1]).contains("xung đột P-VH-MTTQ").contains("xung đột P-VH-DTN");
			});
		assertThat(store.assignments(id)).isEmpty();
	}

	@Test
	void theSecondOfTwoOfficersEditingAtOnceIsRefusedAndNothingIsLost() {
		long id = plans.draft(2017, 1);
		int stale = plans.version(id);
		editing.updateGeneral(id, stale,
				new PlanEditing.General("01/KH", null, "Tên mới của người thứ nhất", "", "", 1));
		assertThatThrownBy(() -> editing.updateGeneral(id, stale,
				new PlanEditing.General("02/KH", null, "Tên của người thứ hai", "", "", 1)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(store.plan(id).orElseThrow().title()).isEqualTo("Tên mới của người thứ nhất");
	}

	@Test
	void badCapacitiesAndUnknownUnitsAreRefused() {
		long id = plans.draft(2016, 1);
		assertThatThrownBy(() -> editing.setFocalUnit(id, plans.version(id), "P-VH-PN", java.math.BigDecimal.ZERO))
			.isInstanceOf(UserInputException.class);
		assertThatThrownBy(() -> editing.setFocalUnit(id, plans.version(id), "P-VH-PN", new java.math.BigDecimal("-2")))
			.isInstanceOf(UserInputException.class);
		assertThatThrownBy(() -> editing.setFocalUnit(id, plans.version(id), "KHONG-CO", java.math.BigDecimal.ONE))
			.isInstanceOf(UserInputException.class);
		long empty = editing.create(2015, new PlanEditing.General(null, null, "Kế hoạch trống", "", "", 1));
		assertThatThrownBy(() -> planning.solveAndSave(store.plan(empty).orElseThrow(), plans.version(empty)))
			.isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(((UserInputException) ex).problems()).extracting(Problem::code)
				.contains("plan.error.noSubjects"));
	}

	@Test
	void theOwnerChoosesActiveCriteriaAndUnknownOrRetiredOnesAreRefused() {
		long id = plans.draft(2013, 1);
		editing.setCriteria(id, plans.version(id), List.of("QD522-07", "CT05-01"));
		assertThat(store.criteria(id)).containsExactly("CT05-01", "QD522-07");
		jdbc.sql(
				"insert into criterion (code, source, kind, scope, text_vi, retired) values ('OLD-1', 'x', 'DO', 'CONG_VU', 'Cũ', true) on conflict do nothing")
			.update();
		assertThatThrownBy(() -> editing.setCriteria(id, plans.version(id), List.of("OLD-1", "KHONG-CO")))
			.isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(((UserInputException) ex).problems()).hasSize(2));
		assertThat(store.criteria(id)).containsExactly("CT05-01", "QD522-07");
	}

	@Test
	void aWhatIfRunChangesNothingThatIsSaved() {
		long id = plans.solved(2012, 1);
		var before = store.assignments(id);
		var plan = store.plan(id).orElseThrow();
		var outcome = planning.solve(plan,
				new PlanningService.WhatIf(Map.of(unit("P-VH-MTTQ"), new java.math.BigDecimal("5")), 0));
		assertThat(outcome.assignments()).hasSize(before.size());
		assertThat(outcome.assignments().values().stream().filter(a -> a.focalUnitId() == unit("P-VH-MTTQ")).count())
			.isGreaterThan(before.stream().filter(a -> a.focalUnitId() == unit("P-VH-MTTQ")).count());
		assertThat(store.assignments(id)).containsExactlyInAnyOrderElementsOf(before);
		assertThat(store.plan(id).orElseThrow().version()).isEqualTo(plan.version());
	}

	@Test
	void issuingNeedsEveryoneAssignedANumberAndADateAndAmendingNeedsAReason() {
		long id = plans.draft(2014, 1);
		lifecycle.move(id, plans.version(id), PlanStatus.CONSULTING, null);
		assertThatThrownBy(() -> lifecycle.move(id, plans.version(id), PlanStatus.ISSUED, null))
			.isInstanceOf(UserInputException.class);
		planning.solveAndSave(store.plan(id).orElseThrow(), plans.version(id));
		editing.updateGeneral(id, plans.version(id), new PlanEditing.General("09/KH-MTTQ-BTT",
				java.time.LocalDate.of(2014, 1, 10), "Kế hoạch 2014", "", "", 1));
		lifecycle.move(id, plans.version(id), PlanStatus.ISSUED, null);
		assertThatThrownBy(() -> editing.unpin(id, plans.version(id), 1L)).isInstanceOf(UserInputException.class);
		assertThatThrownBy(() -> lifecycle.move(id, plans.version(id), PlanStatus.AMENDED, " "))
			.isInstanceOf(UserInputException.class);
		lifecycle.move(id, plans.version(id), PlanStatus.AMENDED, "Điều chỉnh do thay đổi nhân sự");
		var plan = store.plan(id).orElseThrow();
		assertThat(plan.status()).isEqualTo(PlanStatus.AMENDED);
		assertThat(plan.revision()).isEqualTo(1);
		assertThat(
				jdbc.sql("select reason from plan_revision where plan_id = ?").param(id).query(String.class).single())
			.isEqualTo("Điều chỉnh do thay đổi nhân sự");
		assertThatThrownBy(() -> lifecycle.move(id, plans.version(id), PlanStatus.CLOSED, null))
			.isInstanceOf(UserInputException.class);
	}

}
