package vn.giamsat.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.people.PersonView;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.supervision.internal.Codes;
import vn.giamsat.supervision.internal.RecommendationMail;
import vn.giamsat.supervision.internal.RecommendationStore;
import vn.giamsat.supervision.internal.RecommendationStore.RecommendationRow;
import vn.giamsat.supervision.internal.SupervisionAccess;
import vn.giamsat.supervision.internal.TextRules;

/**
 * Recommendations (kiến nghị): issued in writing by a Front Standing Committee to the
 * party committee that manages the person (or an agency), copied to the Front one level
 * up, answered by the addressee within the due period (default 30 days), followed up by
 * the Front (remind, escalate, dialogue), and open to a request for reconsideration by
 * the person concerned.
 */
@Service
public class Recommendations {

	private final RecommendationStore store;

	private final SupervisionAccess access;

	private final Codes codes;

	private final RecommendationMail mail;

	private final vn.giamsat.supervision.internal.DelegationStore delegations;

	private final AuditLog audit;

	private final Clock clock;

	private final int dueDays;

	Recommendations(RecommendationStore store, SupervisionAccess access, Codes codes, RecommendationMail mail,
			vn.giamsat.supervision.internal.DelegationStore delegations, AuditLog audit, Clock clock,
			@Value("${giamsat.supervision.recommendation-due-days:30}") int dueDays) {
		this.store = store;
		this.access = access;
		this.codes = codes;
		this.mail = mail;
		this.delegations = delegations;
		this.audit = audit;
		this.clock = clock;
		this.dueDays = dueDays;
	}

	public int dueDays() {
		return dueDays;
	}

	@Transactional
	public long issue(RecommendationDraft d) {
		AccessScope scope = requireFront();
		List<Problem> problems = new ArrayList<>();
		String content = TextRules.required(d.content(), "content", problems);
		if (d.source() == null) {
			problems.add(Problem.of("source", "supervision.error.sourceRequired"));
		}
		LocalDate issued = d.issuedOn() == null ? LocalDate.now(clock) : d.issuedOn();
		if (issued.isAfter(LocalDate.now(clock))) {
			problems.add(Problem.of("issuedOn", "supervision.error.dateFuture"));
		}
		LocalDate due = d.dueOn() == null ? issued.plusDays(dueDays) : d.dueOn();
		if (due.isBefore(issued)) {
			problems.add(Problem.of("dueOn", "supervision.error.dueBeforeIssue"));
		}
		if (d.addresseeEmail() != null && !d.addresseeEmail().isBlank()
				&& !d.addresseeEmail().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			problems.add(Problem.of("addresseeEmail", "supervision.error.email"));
		}
		PersonView person = d.personId() == null ? null : access.person(d.personId());
		Long addressee = d.addresseeId() != null ? d.addresseeId()
				: person == null ? null : person.managingCommitteeId();
		if (addressee == null) {
			problems.add(Problem.of("addresseeId", "supervision.error.addresseeRequired"));
		}
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		if (d.delegationId() != null && delegations.find(d.delegationId())
			.filter(x -> Long.valueOf(x.ownerId()).equals(scope.organisationId()))
			.isEmpty()) {
			throw new OutOfScopeException();
		}
		if (person != null && d.source() != RecommendationSource.CITIZEN_REPORT) {
			access.requireSupervisor(scope, person, issued.getYear());
		}
		String code = codes.next("KN", issued.getYear(), "recommendation");
		long id = store.insert(code, scope.organisationId(), addressee,
				access.frontAbove(scope.organisationId()).orElse(null), d, content, issued, due, scope.username(),
				OffsetDateTime.now(clock));
		audit.record("CREATE", "Recommendation", id, null,
				Map.of("code", code, "addressee", addressee, "due", due.toString(), "source", d.source().name()));
		return id;
	}

	/**
	 * For the citizens' reports module: a recommendation arising from a report, with the
	 * report's receipt code as its reference.
	 */
	@Transactional
	public long fromCitizenReport(String receiptCode, Long personId, Long addresseeId, String addresseeEmail,
			String content) {
		return issue(new RecommendationDraft(RecommendationSource.CITIZEN_REPORT, null, receiptCode, personId,
				addresseeId, addresseeEmail, content, null, null));
	}

	/**
	 * The addressee's answer, recorded by an officer of the addressee or by the issuing
	 * Front from the written reply.
	 */
	@Transactional
	public void respond(long id, int version, RecommendationResponse response, String text) {
		RecommendationRow r = visible(id);
		AccessScope scope = access.scope();
		boolean addressee = Long.valueOf(r.addresseeId()).equals(scope.organisationId()) && !scope.is(Role.CADRE);
		if (!addressee && !issuer(r)) {
			throw new OutOfScopeException();
		}
		List<Problem> problems = new ArrayList<>();
		if (response == null) {
			problems.add(Problem.of("response", "supervision.error.responseRequired"));
		}
		String clean = TextRules.required(text, "responseText", problems);
		if (r.status() == RecommendationStatus.CLOSED) {
			problems.add(Problem.of("status", "supervision.error.closed"));
		}
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		store.respond(id, version, response, clean, scope.username(), OffsetDateTime.now(clock));
		audit.record("RESPOND", "Recommendation", id, Map.of("status", r.status().name()),
				Map.of("status", "ANSWERED", "response", response.name()));
	}

	@Transactional
	public void followUp(long id, FollowUpKind kind, String note) {
		RecommendationRow r = visible(id);
		if (!issuer(r)) {
			throw new OutOfScopeException();
		}
		List<Problem> problems = new ArrayList<>();
		String clean = TextRules.optional(note, "note", problems);
		if (kind == null) {
			problems.add(Problem.of("kind", "supervision.error.followUpRequired"));
		}
		if (r.status() == RecommendationStatus.CLOSED) {
			problems.add(Problem.of("status", "supervision.error.closed"));
		}
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		store.action(id, kind, clean, access.scope().username(), now);
		if (kind != FollowUpKind.DIALOGUE) {
			mail.followUp(r, kind, clean, now);
		}
		audit.record("FOLLOW_UP", "Recommendation", id, null, Map.of("kind", kind.name()));
	}

	/** The person concerned disagrees and asks the Front to reconsider. */
	@Transactional
	public void requestReconsideration(long id, int version, String text) {
		RecommendationRow r = visible(id);
		AccessScope scope = access.scope();
		boolean subject = scope.is(Role.CADRE) && r.personId() != null && r.personId().equals(scope.personId());
		if (!subject && !issuer(r)) {
			throw new OutOfScopeException();
		}
		List<Problem> problems = new ArrayList<>();
		String clean = TextRules.required(text, "reconsideration", problems);
		if (r.status() == RecommendationStatus.CLOSED || r.status() == RecommendationStatus.RECONSIDERATION) {
			problems.add(Problem.of("status", "supervision.error.noReconsideration"));
		}
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		store.reconsider(id, version, clean, OffsetDateTime.now(clock));
		audit.record("RECONSIDERATION", "Recommendation", id, Map.of("status", r.status().name()),
				Map.of("status", "RECONSIDERATION"));
	}

	@Transactional
	public void close(long id, int version) {
		RecommendationRow r = visible(id);
		if (!issuer(r)) {
			throw new OutOfScopeException();
		}
		store.close(id, version);
		audit.record("CLOSE", "Recommendation", id, Map.of("status", r.status().name()), Map.of("status", "CLOSED"));
	}

	@Transactional(readOnly = true)
	public RecommendationRow recommendation(long id) {
		return visible(id);
	}

	@Transactional(readOnly = true)
	public List<RecommendationStore.ActionRow> actions(long id) {
		visible(id);
		return store.actions(id);
	}

	@Transactional(readOnly = true)
	public List<RecommendationRow> list(boolean overdueOnly) {
		return store.list(access.scope(), overdueOnly, LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	public List<RecommendationStore.OverdueRow> overdueBoard() {
		return store.overdueByAddressee(access.scope(), LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	public long overdueCount(AccessScope scope) {
		return store.overdueByAddressee(scope, LocalDate.now(clock))
			.stream()
			.mapToLong(RecommendationStore.OverdueRow::count)
			.sum();
	}

	/**
	 * Queues one reminder per recommendation due within three days and one when it
	 * becomes overdue; never twice. Run daily, and by tests.
	 * @return how many reminders were queued
	 */
	@Transactional
	public int remindDue() {
		LocalDate today = LocalDate.now(clock);
		int queued = 0;
		for (RecommendationRow r : store.dueForReminder(today.plusDays(3))) {
			if (mail.dueReminder(r, today)) {
				queued++;
			}
		}
		return queued;
	}

	public boolean issuer(RecommendationRow r) {
		AccessScope scope = access.scope();
		return scope.is(Role.FRONT_OFFICER) && Long.valueOf(r.issuerId()).equals(scope.organisationId());
	}

	private RecommendationRow visible(long id) {
		RecommendationRow r = store.find(id).orElseThrow(NotFoundException::new);
		AccessScope scope = access.scope();
		boolean front = scope.is(Role.FRONT_OFFICER, Role.LEADER) && scope.coversUnit(r.issuerUnitId());
		boolean addressee = !scope.is(Role.CADRE) && Long.valueOf(r.addresseeId()).equals(scope.organisationId());
		boolean subject = scope.is(Role.CADRE) && r.personId() != null && r.personId().equals(scope.personId());
		if (!scope.global() && !front && !addressee && !subject) {
			throw new OutOfScopeException();
		}
		return r;
	}

	private AccessScope requireFront() {
		AccessScope scope = access.scope();
		if (!scope.is(Role.FRONT_OFFICER) || scope.organisationId() == null) {
			throw new OutOfScopeException();
		}
		return scope;
	}

}
