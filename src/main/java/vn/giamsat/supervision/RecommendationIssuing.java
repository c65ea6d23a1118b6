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
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.supervision.internal.Codes;
import vn.giamsat.supervision.internal.DelegationStore;
import vn.giamsat.supervision.internal.RecommendationStore;
import vn.giamsat.supervision.internal.SupervisionAccess;
import vn.giamsat.supervision.internal.TextRules;

/**
 * Issuing a recommendation (kiến nghị): written by a Front Standing Committee to the
 * party committee that manages the person (or an agency), copied to the Front one level
 * up, due within the configured number of days (default 30). Answers and follow-up are in
 * {@link RecommendationLifecycle}, reads in {@link RecommendationBoard}, e-mail reminders
 * in {@link RecommendationReminders}.
 */
@Service
public class RecommendationIssuing {

	private final RecommendationStore store;

	private final RecommendationAccess rules;

	private final SupervisionAccess access;

	private final DelegationStore delegations;

	private final Codes codes;

	private final AuditLog audit;

	private final Clock clock;

	private final int dueDays;

	RecommendationIssuing(RecommendationStore store, RecommendationAccess rules, SupervisionAccess access,
			DelegationStore delegations, Codes codes, AuditLog audit, Clock clock,
			@Value("${giamsat.supervision.recommendation-due-days:30}") int dueDays) {
		this.store = store;
		this.rules = rules;
		this.access = access;
		this.delegations = delegations;
		this.codes = codes;
		this.audit = audit;
		this.clock = clock;
		this.dueDays = dueDays;
	}

	public int dueDays() {
		return dueDays;
	}

	@Transactional
	public long issue(RecommendationDraft d) {
		AccessScope scope = rules.requireFront();
		LocalDate issued = d.issuedOn() == null ? LocalDate.now(clock) : d.issuedOn();
		LocalDate due = d.dueOn() == null ? issued.plusDays(dueDays) : d.dueOn();
		List<Problem> problems = new ArrayList<>();
		String content = checked(d, issued, due, problems);
		PersonView person = d.personId() == null ? null : access.person(d.personId());
		Long addressee = d.addresseeId() != null ? d.addresseeId()
				: person == null ? null : person.managingCommitteeId();
		if (addressee == null) {
			problems.add(Problem.of("addresseeId", "supervision.error.addresseeRequired"));
		}
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		requireInScope(scope, d, person, issued);
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

	/** The draft's own mistakes; returns the cleaned content. */
	private String checked(RecommendationDraft d, LocalDate issued, LocalDate due, List<Problem> problems) {
		String content = TextRules.required(d.content(), "content", problems);
		if (d.source() == null) {
			problems.add(Problem.of("source", "supervision.error.sourceRequired"));
		}
		if (issued.isAfter(LocalDate.now(clock))) {
			problems.add(Problem.of("issuedOn", "supervision.error.dateFuture"));
		}
		if (due.isBefore(issued)) {
			problems.add(Problem.of("dueOn", "supervision.error.dueBeforeIssue"));
		}
		if (d.addresseeEmail() != null && !d.addresseeEmail().isBlank()
				&& !d.addresseeEmail().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			problems.add(Problem.of("addresseeEmail", "supervision.error.email"));
		}
		return content;
	}

	/**
	 * The delegation must be the Front's own, and an addressee chosen by hand one within
	 * its scope (the form offers only those; a forged request must reach no further). A
	 * citizen's report may concern someone outside this year's plan, so it asks no
	 * assignment, but the person must still lie within the Front's scope.
	 */
	private void requireInScope(AccessScope scope, RecommendationDraft d, PersonView person, LocalDate issued) {
		if (d.delegationId() != null && delegations.find(d.delegationId())
			.filter(x -> Long.valueOf(x.ownerId()).equals(scope.organisationId()))
			.isEmpty()) {
			throw new OutOfScopeException();
		}
		if (d.addresseeId() != null && !access.frontOfficerOver(scope, d.addresseeId())) {
			throw new OutOfScopeException();
		}
		if (person == null) {
			return;
		}
		if (d.source() == RecommendationSource.CITIZEN_REPORT) {
			access.requireInScope(scope, person);
		}
		else {
			access.requireSupervisor(scope, person, issued.getYear());
		}
	}

}
