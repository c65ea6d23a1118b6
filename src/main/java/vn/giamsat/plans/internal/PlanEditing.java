package vn.giamsat.plans.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.orgs.OrganisationView;
import vn.giamsat.people.PeopleDirectory;
import vn.giamsat.people.PeopleSearch;
import vn.giamsat.plans.Exclusion;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * Changing a plan while it may change (draft, consultation, amendment): its general part,
 * focal units and capacities, subjects, pins and declared conflicts. Every change checks
 * the plan's version first (two officers at once: the second is told, nothing is lost)
 * and is audited.
 */
@Service
public class PlanEditing {

	public static final BigDecimal MAX_CAPACITY = new BigDecimal("1000");

	private final PlanStore store;

	private final PlanAccess access;

	private final PlanFacts facts;

	private final OrgStructure structure;

	private final PeopleDirectory people;

	private final AuditLog audit;

	private final Messages messages;

	private final Clock clock;

	PlanEditing(PlanStore store, PlanAccess access, PlanFacts facts, OrgStructure structure, PeopleDirectory people,
			AuditLog audit, Messages messages, Clock clock) {
		this.store = store;
		this.access = access;
		this.facts = facts;
		this.structure = structure;
		this.people = people;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	public record General(String number, LocalDate issuedOn, String title, String legalBases, String contentItems,
			Integer rotationWindow) {
	}

	@Transactional
	public long create(int year, General g) {
		AccessScope scope = access.scope();
		OrganisationView owner = scope.organisationId() == null ? null
				: structure.organisation(scope.organisationId()).orElse(null);
		if (owner == null || owner.type() != OrganisationType.FRONT_COMMITTEE
				|| !scope.is(vn.giamsat.platform.security.Role.FRONT_OFFICER)) {
			throw new OutOfScopeException();
		}
		List<Problem> problems = check(g);
		if (year < 2000 || year > LocalDate.now(clock).getYear() + 2) {
			problems.add(Problem.of("year", "plan.error.year", LocalDate.now(clock).getYear() + 2));
		}
		if (!store.plansOf(List.of(owner.id())).stream().filter(p -> p.year() == year).toList().isEmpty()) {
			problems.add(Problem.of("year", "plan.error.yearTaken", year));
		}
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		long id = store.create(owner.id(), year, g.title().strip(), nz(g.legalBases()), nz(g.contentItems()),
				g.rotationWindow() == null ? 1 : g.rotationWindow());
		audit.record("CREATE", "SupervisionPlan", id, null,
				Map.of("owner", owner.code(), "year", year, "title", g.title()));
		return id;
	}

	@Transactional
	public void updateGeneral(long planId, int version, General g) {
		PlanRow plan = editable(planId, version);
		List<Problem> problems = check(g);
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		store.updateGeneral(planId, blank(g.number()), g.issuedOn(), g.title().strip(), nz(g.legalBases()),
				nz(g.contentItems()), g.rotationWindow() == null ? plan.rotationWindow() : g.rotationWindow());
		audit.record("UPDATE", "SupervisionPlan", planId,
				Map.of("title", plan.title(), "rotationWindow", plan.rotationWindow()),
				Map.of("title", g.title(), "rotationWindow", String.valueOf(g.rotationWindow())));
	}

	/** The criteria the plan supervises against; unknown or retired codes are refused. */
	@Transactional
	public void setCriteria(long planId, int version, List<String> codes) {
		editable(planId, version);
		var options = store.criterionOptions();
		List<Problem> problems = new ArrayList<>();
		for (String code : codes) {
			var option = options.stream().filter(o -> o.code().equals(code)).findFirst();
			if (option.isEmpty() || option.get().retired()) {
				problems.add(Problem.of("criteria", "plan.error.criterion", code));
			}
		}
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		store.setCriteria(planId, codes);
		audit.record("SET_CRITERIA", "SupervisionPlan", planId, null, Map.of("criteria", String.join(",", codes)));
	}

	@Transactional
	public void setFocalUnit(long planId, int version, String organisationCode, BigDecimal capacity) {
		editable(planId, version);
		OrganisationView org = organisationCode == null ? null
				: structure.organisationByCode(organisationCode.strip()).orElse(null);
		List<Problem> problems = new ArrayList<>();
		if (org == null) {
			problems.add(Problem.of("unit", "organisation.error.unknown", organisationCode));
		}
		else if (org.type() != OrganisationType.FRONT_COMMITTEE && !org.type().isMemberOrganisation()
				&& org.type() != OrganisationType.FRONT_WORK_COMMITTEE) {
			problems.add(Problem.of("unit", "plan.error.unitType", org.name()));
		}
		if (capacity == null || capacity.signum() <= 0 || capacity.compareTo(MAX_CAPACITY) > 0) {
			problems.add(Problem.of("capacity", "plan.error.capacity"));
		}
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		if (!access.scope().coversUnit(org.unitId())) {
			throw new OutOfScopeException();
		}
		store.setFocalUnit(planId, org.id(), capacity);
		audit.record("SET_FOCAL_UNIT", "SupervisionPlan", planId, null,
				Map.of("unit", org.code(), "capacity", capacity.toPlainString()));
	}

	@Transactional
	public void removeFocalUnit(long planId, int version, long organisationId) {
		editable(planId, version);
		store.removeFocalUnit(planId, organisationId);
		audit.record("REMOVE_FOCAL_UNIT", "SupervisionPlan", planId, Map.of("unitId", organisationId), null);
	}

	/**
	 * Adds every person in the owner's scope matching the filters; returns how many were
	 * new.
	 */
	@Transactional
	public int addPeople(long planId, int version, PeopleSearch filters) {
		editable(planId, version);
		List<Long> ids = people.idsMatching(access.scope(), filters);
		if (ids.isEmpty()) {
			throw new UserInputException("subjects", "plan.error.noMatchingPeople");
		}
		int added = store.addPersonSubjects(planId, ids);
		audit.record("ADD_SUBJECTS", "SupervisionPlan", planId, null, Map.of("people", added));
		return added;
	}

	@Transactional
	public int addOrganisations(long planId, int version, List<Long> organisationIds) {
		editable(planId, version);
		for (Long id : organisationIds) {
			OrganisationView o = structure.organisation(id).orElseThrow(vn.giamsat.platform.web.NotFoundException::new);
			if (!access.scope().coversUnit(o.unitId())) {
				throw new OutOfScopeException();
			}
		}
		int added = store.addOrganisationSubjects(planId, organisationIds);
		audit.record("ADD_SUBJECTS", "SupervisionPlan", planId, null, Map.of("organisations", added));
		return added;
	}

	@Transactional
	public void removeSubject(long planId, int version, long subjectId) {
		editable(planId, version);
		store.removeSubject(planId, subjectId);
		audit.record("REMOVE_SUBJECT", "SupervisionPlan", planId, Map.of("subjectId", subjectId), null);
	}

	/**
	 * Pins a pair chosen by the officer; refused, with the rule named, when a rule
	 * forbids it.
	 */
	@Transactional
	public void pin(long planId, int version, long subjectId, long unitId, String reason) {
		PlanRow plan = editable(planId, version);
		if (reason == null || reason.isBlank()) {
			throw new UserInputException("reason", "plan.error.reasonRequired");
		}
		List<FocalUnitRow> units = store.focalUnits(planId);
		if (units.stream().noneMatch(u -> u.organisationId() == unitId)) {
			throw new UserInputException("unit", "plan.error.notAFocalUnit");
		}
		var f = facts.of(plan, units, plan.rotationWindow());
		if (f.subjects().stream().noneMatch(s -> s.id() == subjectId)) {
			throw new UserInputException("subject", "plan.error.unknownSubject");
		}
		List<Exclusion> broken = AssignmentRules.exclusions(f)
			.get(subjectId)
			.stream()
			.filter(e -> e.unitId() == unitId)
			.toList();
		if (!broken.isEmpty()) {
			throw new UserInputException(broken.stream()
				.map(e -> Problem.of("unit", "plan.error.pinRefused", messages.get(e.rule().messageKey(), e.detail())))
				.toList());
		}
		store.pin(planId, subjectId, unitId, reason.strip());
		audit.record("PIN", "SupervisionPlan", planId, null,
				Map.of("subjectId", subjectId, "unitId", unitId, "reason", reason.strip()));
	}

	@Transactional
	public void unpin(long planId, int version, long subjectId) {
		editable(planId, version);
		store.unpin(planId, subjectId);
		audit.record("UNPIN", "SupervisionPlan", planId, null, Map.of("subjectId", subjectId));
	}

	@Transactional
	public void declareConflict(long planId, int version, long subjectId, long unitId, String reason) {
		editable(planId, version);
		if (reason == null || reason.isBlank()) {
			throw new UserInputException("reason", "plan.error.reasonRequired");
		}
		store.declareExclusion(subjectId, unitId, reason.strip());
		audit.record("DECLARE_CONFLICT", "SupervisionPlan", planId, null,
				Map.of("subjectId", subjectId, "unitId", unitId, "reason", reason.strip()));
	}

	private PlanRow editable(long planId, int version) {
		PlanRow plan = access.requireOwner(planId);
		if (!plan.status().editable()) {
			throw new UserInputException("status", "plan.error.notEditable", messages.get(plan.status().messageKey()));
		}
		store.touch(planId, version);
		return plan;
	}

	private static List<Problem> check(General g) {
		List<Problem> problems = new ArrayList<>();
		if (g.title() == null || g.title().isBlank()) {
			problems.add(Problem.of("title", "plan.error.titleRequired"));
		}
		else if (g.title().strip().length() > 300) {
			problems.add(Problem.of("title", "field.error.nameTooLong", 300));
		}
		if (g.rotationWindow() != null && (g.rotationWindow() < 0 || g.rotationWindow() > 20)) {
			problems.add(Problem.of("rotationWindow", "plan.error.rotationWindow"));
		}
		if (g.number() != null && g.number().length() > 60) {
			problems.add(Problem.of("number", "field.error.nameTooLong", 60));
		}
		if (nz(g.legalBases()).length() > 20000 || nz(g.contentItems()).length() > 20000) {
			problems.add(Problem.of("contentItems", "field.error.nameTooLong", 20000));
		}
		return problems;
	}

	private static String nz(String s) {
		return s == null ? "" : s.strip();
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static Map<String, Object> map(Object... kv) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		return m;
	}

}
