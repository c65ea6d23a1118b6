package vn.giamsat.cultivation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.cultivation.internal.CommitmentDraft;
import vn.giamsat.cultivation.internal.CultivationPlanStore;
import vn.giamsat.cultivation.internal.CultivationPlanStore.PlanRow;
import vn.giamsat.cultivation.internal.checks.CommitmentText;
import vn.giamsat.cultivation.internal.checks.PlanText;
import vn.giamsat.cultivation.internal.checks.SpecificityChecker;
import vn.giamsat.cultivation.internal.checks.SpecificityReport;
import vn.giamsat.people.PeopleDirectory;
import vn.giamsat.people.PersonView;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * The workflow core of self-cultivation plans: the cadre (or a clerk for them) writes a
 * plan, submits it with the advisory specificity report, and only the party committee
 * that manages the cadre approves it or returns it with a reason; a returned plan keeps
 * its history as revisions. Posting, self-assessment, evaluation and the pages come next
 * (issue 4).
 */
@Service
public class CultivationPlans {

	static final int TEXT_MAX = 2000;

	static final int COMMITMENTS_MAX = 30;

	private final CultivationPlanStore store;

	private final PeopleDirectory people;

	private final CurrentAccess access;

	private final AuditLog audit;

	private final Clock clock;

	private final SpecificityChecker checker = SpecificityChecker.withDefaults();

	private final CultivationAccess rules;

	CultivationPlans(CultivationPlanStore store, PeopleDirectory people, CurrentAccess access, AuditLog audit,
			Clock clock, CultivationAccess rules) {
		this.rules = rules;
		this.store = store;
		this.people = people;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates or replaces the draft of the person's plan for the year; returns the plan's
	 * id.
	 */
	@Transactional
	public long saveDraft(long personId, int year, String weaknesses, List<CommitmentDraft> commitments) {
		PersonView person = people.person(personId).orElseThrow(NotFoundException::new);
		requireWriter(person);
		List<Problem> problems = check(year, weaknesses, commitments);
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		long id = store.planOf(personId, year)
			.orElseGet(() -> store.create(personId, year, "", access.scope().username()));
		PlanRow plan = store.plan(id).orElseThrow();
		if (!plan.status().editable()) {
			throw new UserInputException("status", "cultivation.error.notEditable");
		}
		store.touch(id, plan.version());
		store.replaceText(id, weaknesses == null ? "" : weaknesses.strip(), commitments);
		audit.record("SAVE_DRAFT", "CultivationPlan", id, null,
				Map.of("person", person.code(), "year", year, "commitments", commitments.size()));
		return id;
	}

	@Transactional
	public SpecificityReport submit(long planId, int version) {
		PlanRow plan = store.plan(planId).orElseThrow(NotFoundException::new);
		requireWriter(people.person(plan.personId()).orElseThrow());
		if (!plan.status().editable()) {
			throw new UserInputException("status", "cultivation.error.notEditable");
		}
		store.touch(planId, version);
		SpecificityReport report = report(plan);
		store.submitted(planId, report.score(), OffsetDateTime.now(clock));
		audit.record("SUBMIT", "CultivationPlan", planId, null, Map.of("score", report.score()));
		return report;
	}

	@Transactional
	public void approve(long planId, int version) {
		decide(planId, version, CultivationStatus.APPROVED, null);
	}

	@Transactional
	public void returnPlan(long planId, int version, String reason) {
		if (reason == null || reason.isBlank() || reason.length() > TEXT_MAX) {
			throw new UserInputException("reason", "cultivation.error.reasonRequired");
		}
		decide(planId, version, CultivationStatus.RETURNED, reason.strip());
		store.nextRevision(planId);
		store.setStatus(planId, CultivationStatus.RETURNED);
	}

	/**
	 * The advisory report of text being written, before it is saved (shown while the
	 * cadre types).
	 */
	public SpecificityReport preview(int year, String weaknesses, List<CommitmentDraft> commitments) {
		List<CommitmentText> texts = commitments.stream()
			.map(c -> new CommitmentText(c.area(), c.action(), c.measure(), c.deadline(), c.criteria()))
			.toList();
		return checker.check(new PlanText("preview", "", year, weaknesses, texts));
	}

	/** The signed-in cadre's plan of the year, if any. */
	@Transactional(readOnly = true)
	public java.util.Optional<PlanRow> myPlan(int year) {
		AccessScope scope = access.scope();
		if (!scope.is(Role.CADRE) || scope.personId() == null) {
			throw new OutOfScopeException();
		}
		return store.planOf(scope.personId(), year).flatMap(store::plan);
	}

	@Transactional(readOnly = true)
	public List<CommitmentDraft> commitments(long planId) {
		PlanRow plan = store.plan(planId).orElseThrow(NotFoundException::new);
		requireReader(people.person(plan.personId()).orElseThrow());
		return store.commitments(planId);
	}

	/**
	 * The advisory report of the plan as it stands, for the cadre while writing and the
	 * approver.
	 */
	@Transactional(readOnly = true)
	public SpecificityReport report(long planId) {
		PlanRow plan = store.plan(planId).orElseThrow(NotFoundException::new);
		requireReader(people.person(plan.personId()).orElseThrow());
		return report(plan);
	}

	private void decide(long planId, int version, CultivationStatus decision, String reason) {
		PlanRow plan = store.plan(planId).orElseThrow(NotFoundException::new);
		PersonView person = people.person(plan.personId()).orElseThrow();
		AccessScope scope = access.scope();
		if (!scope.is(Role.PARTY_COMMITTEE_OFFICER) || person.managingCommitteeId() == null
				|| !person.managingCommitteeId().equals(scope.organisationId())) {
			throw new OutOfScopeException();
		}
		if (plan.status() != CultivationStatus.SUBMITTED) {
			throw new UserInputException("status", "cultivation.error.notSubmitted");
		}
		store.touch(planId, version);
		OffsetDateTime now = OffsetDateTime.now(clock);
		store.decided(planId, decision, scope.username(), reason, now);
		store.keepRevision(planId, plan.revision(), content(plan), decision.name(), reason, now);
		audit.record(decision.name(), "CultivationPlan", planId, Map.of("status", plan.status().name()), reason == null
				? Map.of("status", decision.name()) : Map.of("status", decision.name(), "reason", reason));
	}

	private SpecificityReport report(PlanRow plan) {
		List<CommitmentText> texts = store.commitments(plan.id())
			.stream()
			.map(c -> new CommitmentText(c.area(), c.action(), c.measure(), c.deadline(), c.criteria()))
			.toList();
		return checker.check(new PlanText(String.valueOf(plan.id()), String.valueOf(plan.personId()), plan.year(),
				plan.weaknesses(), texts));
	}

	private String content(PlanRow plan) {
		return plan.weaknesses() + "\n"
				+ store.commitments(plan.id())
					.stream()
					.map(c -> c.area() + " | " + c.action() + " | " + c.measure() + " | " + c.deadline())
					.collect(Collectors.joining("\n"));
	}

	private void requireWriter(PersonView person) {
		rules.requireWriter(person);
	}

	private void requireReader(PersonView person) {
		rules.requireReader(person);
	}

	private List<Problem> check(int year, String weaknesses, List<CommitmentDraft> commitments) {
		List<Problem> problems = new ArrayList<>();
		if (weaknesses != null && weaknesses.length() > TEXT_MAX) {
			problems.add(Problem.of("weaknesses", "cultivation.error.tooLong", TEXT_MAX));
		}
		if (commitments == null || commitments.isEmpty()) {
			problems.add(Problem.of("commitments", "cultivation.error.noCommitment"));
			return problems;
		}
		if (commitments.size() > COMMITMENTS_MAX) {
			problems.add(Problem.of("commitments", "cultivation.error.tooMany", COMMITMENTS_MAX));
		}
		int i = 0;
		for (CommitmentDraft c : commitments) {
			i++;
			if (c.area() == null) {
				problems.add(Problem.of("area", "cultivation.error.area", i));
			}
			if (c.action() == null || c.action().isBlank()) {
				problems.add(Problem.of("action", "cultivation.error.actionRequired", i));
			}
			else if (c.action().length() > TEXT_MAX || (c.measure() != null && c.measure().length() > TEXT_MAX)) {
				problems.add(Problem.of("action", "cultivation.error.commitmentTooLong", i, TEXT_MAX));
			}
			if (c.deadline() != null && (c.deadline().isBefore(LocalDate.of(year, 1, 1))
					|| c.deadline().isAfter(LocalDate.of(year, 12, 31)))) {
				problems.add(Problem.of("deadline", "cultivation.error.deadlineOutsideYear", i, year));
			}
			for (String code : c.criteria()) {
				if (!store.criterionActive(code)) {
					problems.add(Problem.of("criteria", "cultivation.error.criterion", i, code));
				}
			}
		}
		return problems;
	}

}
