package vn.giamsat.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.supervision.internal.Codes;
import vn.giamsat.supervision.internal.DelegationStore;
import vn.giamsat.supervision.internal.DelegationStore.DelegationRow;
import vn.giamsat.supervision.internal.SupervisionAccess;
import vn.giamsat.supervision.internal.TextRules;

/**
 * Supervision delegations (đoàn giám sát): founded by a Front Standing Committee for
 * people of its plan, with the legal deadlines of {@link DelegationTimeline}. A session
 * date that leaves a deadline already past is refused until the officer confirms it.
 */
@Service
public class Delegations {

	/** Milestones an officer marks as done, by the column that holds the date. */
	public enum Step {

		NOTICE("notice_sent_on"), DOCUMENTS("documents_received_on"), REPORT("report_submitted_on");

		private final String column;

		Step(String column) {
			this.column = column;
		}

	}

	private final DelegationStore store;

	private final SupervisionAccess access;

	private final Codes codes;

	private final AuditLog audit;

	private final Clock clock;

	Delegations(DelegationStore store, SupervisionAccess access, Codes codes, AuditLog audit, Clock clock) {
		this.store = store;
		this.access = access;
		this.codes = codes;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public long found(DelegationDraft d) {
		AccessScope scope = requireFront();
		List<Problem> problems = new ArrayList<>();
		TextRules.required(d.title(), "title", problems);
		TextRules.optional(d.content(), "content", problems);
		if (d.title() != null && d.title().length() > 300) {
			problems.add(Problem.of("title", "supervision.error.textTooLong", 300));
		}
		if (d.decisionNumber() != null && d.decisionNumber().length() > 60) {
			problems.add(Problem.of("decisionNumber", "supervision.error.textTooLong", 60));
		}
		if (d.sessionPlace() != null && d.sessionPlace().length() > 300) {
			problems.add(Problem.of("sessionPlace", "supervision.error.textTooLong", 300));
		}
		if (d.sessionDate() == null) {
			problems.add(Problem.of("sessionDate", "supervision.error.dateRequired"));
		}
		if (d.members().isEmpty()) {
			problems.add(Problem.of("members", "supervision.error.noMember"));
		}
		if (d.subjectIds().isEmpty()) {
			problems.add(Problem.of("subjects", "supervision.error.noPerson"));
		}
		else if (new HashSet<>(d.subjectIds()).size() != d.subjectIds().size()) {
			problems.add(Problem.of("subjects", "supervision.error.duplicatePeople"));
		}
		if (d.sessionDate() != null && !d.acceptLateDeadlines()) {
			LocalDate today = LocalDate.now(clock);
			DelegationTimeline t = DelegationTimeline.of(d.sessionDate(), null, null, null, today);
			for (DelegationTimeline.Milestone m : t.overdue()) {
				problems
					.add(Problem.of("sessionDate", "supervision.error.deadlinePassed",
							new org.springframework.context.support.DefaultMessageSourceResolvable(
									"supervision.timeline.kind." + m.kind().name()),
							DateInput.format(m.due()), m.days()));
			}
		}
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		int year = d.sessionDate().getYear();
		for (Long id : d.subjectIds()) {
			access.requireSupervisor(scope, access.person(id), year);
		}
		String code = codes.next("DGS", year, "supervision_delegation");
		long id = store.insert(code, scope.organisationId(), d, scope.username(), OffsetDateTime.now(clock));
		audit.record("CREATE", "SupervisionDelegation", id, null, Map.of("code", code, "session",
				d.sessionDate().toString(), "members", d.members().size(), "subjects", d.subjectIds().size()));
		return id;
	}

	@Transactional
	public void markDone(long id, int version, Step step, LocalDate on) {
		DelegationRow d = requireOwner(id);
		if (on == null || on.isAfter(LocalDate.now(clock))) {
			throw new UserInputException("date",
					on == null ? "supervision.error.dateRequired" : "supervision.error.dateFuture");
		}
		store.milestone(id, version, step.column, on);
		audit.record("MILESTONE", "SupervisionDelegation", id, null, Map.of("step", step.name(), "on", on.toString()));
	}

	@Transactional
	public void texts(long id, int version, String minutes, String findings) {
		requireOwner(id);
		List<Problem> problems = new ArrayList<>();
		String m = TextRules.optional(minutes, "minutes", problems);
		String f = TextRules.optional(findings, "findings", problems);
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		store.texts(id, version, m == null ? "" : m, f == null ? "" : f);
		audit.record("UPDATE", "SupervisionDelegation", id, null,
				Map.of("minutes", m == null ? 0 : m.length(), "findings", f == null ? 0 : f.length()));
	}

	@Transactional(readOnly = true)
	public DelegationRow delegation(long id) {
		DelegationRow d = store.find(id).orElseThrow(NotFoundException::new);
		AccessScope scope = access.scope();
		if (!scope.is(Role.FRONT_OFFICER, Role.LEADER, Role.SYSTEM_ADMIN) || !scope.coversUnit(d.ownerUnitId())) {
			throw new OutOfScopeException();
		}
		return d;
	}

	@Transactional(readOnly = true)
	public List<DelegationRow> list() {
		AccessScope scope = access.scope();
		if (!scope.is(Role.FRONT_OFFICER, Role.LEADER, Role.SYSTEM_ADMIN)) {
			throw new OutOfScopeException();
		}
		return store.list(scope);
	}

	public DelegationTimeline timeline(DelegationRow d) {
		return DelegationTimeline.of(d.sessionDate(), d.noticeSentOn(), d.documentsReceivedOn(), d.reportSubmittedOn(),
				LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	public List<DelegationDraft.Member> members(long id) {
		delegation(id);
		return store.members(id);
	}

	@Transactional(readOnly = true)
	public List<Subject> subjects(long id) {
		delegation(id);
		return store.subjects(id);
	}

	public boolean owns(DelegationRow d) {
		AccessScope scope = access.scope();
		return scope.is(Role.FRONT_OFFICER) && Long.valueOf(d.ownerId()).equals(scope.organisationId());
	}

	private DelegationRow requireOwner(long id) {
		DelegationRow d = delegation(id);
		if (!owns(d)) {
			throw new OutOfScopeException();
		}
		return d;
	}

	private AccessScope requireFront() {
		AccessScope scope = access.scope();
		if (!scope.is(Role.FRONT_OFFICER) || scope.organisationId() == null) {
			throw new OutOfScopeException();
		}
		return scope;
	}

}
