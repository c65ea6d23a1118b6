package vn.giamsat.supervision;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.supervision.internal.RecommendationMail;
import vn.giamsat.supervision.internal.RecommendationStore;
import vn.giamsat.supervision.internal.RecommendationStore.RecommendationRow;
import vn.giamsat.supervision.internal.TextRules;

/**
 * What happens to a recommendation after it is issued: the addressee answers within the
 * due period, the Front follows up (remind, escalate, dialogue), the person concerned may
 * ask for reconsideration, and the issuing Front closes it. Each step checks the version
 * the user saw, so a concurrent change is refused rather than overwritten.
 */
@Service
public class RecommendationLifecycle {

	private final RecommendationStore store;

	private final RecommendationAccess rules;

	private final RecommendationMail mail;

	private final AuditLog audit;

	private final Clock clock;

	RecommendationLifecycle(RecommendationStore store, RecommendationAccess rules, RecommendationMail mail,
			AuditLog audit, Clock clock) {
		this.store = store;
		this.rules = rules;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The addressee's answer, recorded by an officer of the addressee or by the issuing
	 * Front from the written reply.
	 */
	@Transactional
	public void respond(long id, int version, RecommendationResponse response, String text) {
		RecommendationRow r = rules.visible(id);
		AccessScope scope = rules.scope();
		if (!RecommendationAccess.addressee(scope, r) && !rules.issuer(r)) {
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
		RecommendationRow r = rules.visible(id);
		if (!rules.issuer(r)) {
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
		store.action(id, kind, clean, rules.scope().username(), now);
		// a dialogue is a meeting, not a letter: nothing to mail
		if (kind != FollowUpKind.DIALOGUE) {
			mail.followUp(r, kind, clean, now);
		}
		audit.record("FOLLOW_UP", "Recommendation", id, null, Map.of("kind", kind.name()));
	}

	/** The person concerned disagrees and asks the Front to reconsider. */
	@Transactional
	public void requestReconsideration(long id, int version, String text) {
		RecommendationRow r = rules.visible(id);
		if (!RecommendationAccess.subject(rules.scope(), r) && !rules.issuer(r)) {
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
		RecommendationRow r = rules.visible(id);
		if (!rules.issuer(r)) {
			throw new OutOfScopeException();
		}
		if (r.status() == RecommendationStatus.CLOSED) {
			throw new UserInputException("status", "supervision.error.closed");
		}
		store.close(id, version);
		audit.record("CLOSE", "Recommendation", id, Map.of("status", r.status().name()), Map.of("status", "CLOSED"));
	}

}
