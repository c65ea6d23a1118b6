package vn.giamsat.citizenreports.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.citizenreports.Classification;
import vn.giamsat.citizenreports.ReportStatus;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.web.UserInputException;

import static vn.giamsat.citizenreports.ReportStatus.ANSWERED;
import static vn.giamsat.citizenreports.ReportStatus.ARCHIVED;
import static vn.giamsat.citizenreports.ReportStatus.CLOSED;
import static vn.giamsat.citizenreports.ReportStatus.FORWARDED;
import static vn.giamsat.citizenreports.ReportStatus.RECEIVED;
import static vn.giamsat.citizenreports.ReportStatus.REJECTED;
import static vn.giamsat.citizenreports.ReportStatus.SCREENED;
import static vn.giamsat.citizenreports.ReportStatus.VERIFYING;

/**
 * The officer's steps on a report. Each checks the state it starts from, needs a reason
 * where the law expects one, and leaves an event (who, when, why) and an audit row.
 */
@Component
public class ReportWorkflow {

	private final JdbcClient jdbc;

	private final ReportAccess access;

	private final ReportEvents events;

	private final ReplyCheck replyCheck;

	private final AuditLog audit;

	private final Clock clock;

	ReportWorkflow(JdbcClient jdbc, ReportAccess access, ReportEvents events, ReplyCheck replyCheck, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.events = events;
		this.replyCheck = replyCheck;
		this.audit = audit;
		this.clock = clock;
	}

	/** Confirms receipt (the first deadline) without changing the state. */
	@Transactional
	public void acknowledge(long id) {
		ReportRow r = handled(id);
		if (r.acknowledgedAt() == null) {
			jdbc.sql("update citizen_report set acknowledged_at = ?, updated_at = ? where id = ?")
				.params(now(), now(), id)
				.update();
			events.record(id, user(), r.status(), r.status(), "citizenreports.event.acknowledged", false);
			audit.record("REPORT_ACKNOWLEDGED", "citizen_report", id, null, null);
		}
	}

	/**
	 * Keeps the report for handling as a phản ánh or kiến nghị; denunciations and
	 * complaints must be routed out instead.
	 */
	@Transactional
	public void screen(long id, Classification classification, String reason) {
		ReportRow r = handled(id);
		if (classification == null) {
			throw new UserInputException("classification", "citizenreports.error.classification");
		}
		if (classification.routedOut()) {
			throw new UserInputException("classification", "citizenreports.error.mustRouteOut");
		}
		if (r.anonymous() && classification != Classification.REPORT) {
			throw new UserInputException("classification", "citizenreports.error.anonymousNotReport");
		}
		move(r, Set.of(RECEIVED), SCREENED, reason, false, "classification = '" + classification.name() + "'");
	}

	@Transactional
	public void startVerifying(long id, String reason) {
		move(handled(id), Set.of(SCREENED), VERIFYING, reason, true, null);
	}

	/** Hands the report to the party committee that manages the cadre. */
	@Transactional
	public void forward(long id, String reason) {
		ReportRow r = handled(id);
		if (r.committeeOrgId() == null) {
			throw new UserInputException("committee", "citizenreports.error.noCommittee");
		}
		move(r, Set.of(VERIFYING), FORWARDED, reason, false, null);
	}

	/**
	 * Anonymous input without concrete evidence is kept as reference information only.
	 */
	@Transactional
	public void archive(long id, String reason) {
		move(handled(id), Set.of(RECEIVED, SCREENED), ARCHIVED, reason, false, null);
	}

	@Transactional
	public void reject(long id, String reason) {
		move(handled(id), Set.of(RECEIVED, SCREENED), REJECTED, reason, false, null);
	}

	/** Merges a duplicate into the report it repeats (same receiving Front). */
	@Transactional
	public void mergeInto(long id, long originalId, String reason) {
		ReportRow r = handled(id);
		ReportRow original = access.report(originalId);
		if (originalId == id || original.receivingOrgId() != r.receivingOrgId() || original.duplicateOf() != null) {
			throw new UserInputException("original", "citizenreports.error.mergeTarget");
		}
		move(r, Set.of(RECEIVED, SCREENED), ARCHIVED, reason, false, "duplicate_of = " + originalId);
	}

	/** Publishes the reply, after the check that it states findings and actions. */
	@Transactional
	public void answer(long id, String findings, String actions) {
		ReportRow r = access.report(id);
		var view = access.view(r);
		boolean committee = access.scope().is(vn.giamsat.platform.security.Role.PARTY_COMMITTEE_OFFICER);
		if (view != ReportAccess.View.HANDLER && !committee) {
			throw new vn.giamsat.platform.security.OutOfScopeException();
		}
		ReplyCheck.Reply reply = replyCheck.check(findings, actions);
		move(r, committee ? Set.of(FORWARDED) : Set.of(VERIFYING, FORWARDED), ANSWERED, null, false, null);
		jdbc.sql("update citizen_report set reply_findings = ?, reply_actions = ?, replied_at = ? where id = ?")
			.params(reply.findings(), reply.actions(), now(), id)
			.update();
	}

	@Transactional
	public void close(long id, String reason) {
		move(handled(id), Set.of(ANSWERED), CLOSED, reason, false, null);
	}

	private ReportRow handled(long id) {
		ReportRow r = access.report(id);
		access.requireHandler(r);
		return r;
	}

	/**
	 * @param internal whether the reason stays inside (never shown to the reporter)
	 * @param extraSet a fixed SQL assignment built from enum names and ids only
	 */
	void move(ReportRow r, Set<ReportStatus> from, ReportStatus to, String reason, boolean internal, String extraSet) {
		if (!from.contains(r.status())) {
			throw new UserInputException("status", "citizenreports.error.wrongState", r.status().name(), to.name());
		}
		String why = ReportValidation.text(reason);
		if (why == null && to != ANSWERED && to != VERIFYING) {
			throw new UserInputException("reason", "citizenreports.error.reasonRequired");
		}
		if (why != null && why.length() > 2000) {
			throw new UserInputException("reason", "citizenreports.error.tooLong", 2000);
		}
		int n = jdbc
			.sql("update citizen_report set status = ?, updated_at = ?, version = version + 1,"
					+ " acknowledged_at = coalesce(acknowledged_at, ?)" + (extraSet == null ? "" : ", " + extraSet)
					+ " where id = ? and status = ?")
			.params(to.name(), now(), now(), r.id(), r.status().name())
			.update();
		if (n != 1) {
			throw new org.springframework.dao.OptimisticLockingFailureException("report " + r.id() + " changed");
		}
		events.record(r.id(), user(), r.status(), to, why, internal);
		audit.record("REPORT_" + to.name(), "citizen_report", r.id(), Map.of("status", r.status().name()),
				why == null ? Map.of("status", to.name()) : Map.of("status", to.name(), "reason", why));
	}

	private String user() {
		return access.scope().username();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
