package vn.giamsat.residence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.residence.OpinionAuthor;
import vn.giamsat.residence.Rating;
import vn.giamsat.residence.RequestState;

/**
 * The residence side: the group's leaders give their opinions, the cell writes its
 * comment and rating and returns it. A comment after the due date is accepted and marked
 * late; once the workplace organisation has closed the campaign, nothing more is
 * accepted.
 */
@Service
public class ReplyService {

	private final ResidenceAccess access;

	private final RequestStore requests;

	private final OpinionStore opinions;

	private final CampaignStore campaigns;

	private final Notifications notifications;

	private final AuditLog audit;

	private final Clock clock;

	ReplyService(ResidenceAccess access, RequestStore requests, OpinionStore opinions, CampaignStore campaigns,
			Notifications notifications, AuditLog audit, Clock clock) {
		this.access = access;
		this.requests = requests;
		this.opinions = opinions;
		this.campaigns = campaigns;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void saveOpinion(long requestId, int version, OpinionDraft d) {
		RequestRow r = answerable(requestId, version);
		List<Problem> found = new ArrayList<>();
		Boolean onBehalf = null;
		if (d.author() == null) {
			found.add(Problem.of("author", "residence.error.authorRequired"));
		}
		else {
			onBehalf = access.onBehalf(r, d.author()).orElse(null);
			if (onBehalf == null) {
				found.add(Problem.of("author", "residence.error.notGroupHead", r.residenceGroupName()));
			}
		}
		if (d.attendance() == null || d.example() == null || d.conduct() == null || d.movements() == null) {
			found.add(Problem.of("assessment", "residence.error.assessmentRequired"));
		}
		TextRules.required(found, "content", d.content(), TextRules.TEXT_MAX);
		if (!found.isEmpty()) {
			throw new UserInputException(found);
		}
		requests.touch(r);
		opinions.save(r.id(), d, access.scope().username(), onBehalf, OffsetDateTime.now(clock));
		audit.record("OPINION", "ResidenceRequest", r.id(), null,
				Map.of("author", d.author().name(), "onBehalf", onBehalf, "attendance", d.attendance().name(),
						"example", d.example().name(), "conduct", d.conduct().name(), "movements", d.movements().name(),
						"content", d.content().strip()));
	}

	/**
	 * The cell's comment; only the residence cell writes it, once per member and year.
	 */
	@Transactional
	public void returnComment(long requestId, int version, String comment, Rating rating) {
		RequestRow r = answerable(requestId, version);
		if (!access.isCell(r)) {
			throw new UserInputException("comment", "residence.error.onlyCell", r.residenceCellName());
		}
		List<Problem> found = new ArrayList<>();
		if (opinions.of(r.id()).size() < OpinionAuthor.values().length) {
			found.add(Problem.of("opinions", "residence.error.opinionsMissing"));
		}
		TextRules.required(found, "comment", comment, TextRules.TEXT_MAX);
		if (rating == null) {
			found.add(Problem.of("rating", "residence.error.ratingRequired"));
		}
		if (!found.isEmpty()) {
			throw new UserInputException(found);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		boolean late = LocalDate.now(clock).isAfter(r.dueDate());
		requests.returnComment(r, comment.strip(), rating, now, access.scope().username(), late);
		notifications.returned(campaigns.campaign(r.campaignId()).orElseThrow(), r);
		audit.record("RETURN", "ResidenceRequest", r.id(), Map.of("state", r.state().name()),
				Map.of("person", r.personCode(), "rating", rating.name(), "late", late, "comment", comment.strip()));
	}

	/**
	 * A request the caller may act on now: visible to them (else 403), of an open
	 * campaign, sent and not yet answered, and unchanged since they loaded it.
	 */
	private RequestRow answerable(long requestId, int version) {
		RequestRow r = access.request(requestId);
		ResidenceAccess.View view = access.view(r);
		if (view == ResidenceAccess.View.MEMBER) {
			throw new OutOfScopeException();
		}
		if (!r.campaignOpen()) {
			throw new UserInputException("campaign", "residence.error.campaignClosed", r.year());
		}
		if (r.state() == RequestState.RETURNED) {
			throw new UserInputException("state", "residence.error.alreadyReturned", r.fullName(), r.year());
		}
		if (r.state() != RequestState.SENT) {
			throw new UserInputException("state", "residence.error.notSent");
		}
		if (r.version() != version) {
			throw new OptimisticLockingFailureException("stale request " + requestId);
		}
		return r;
	}

}
