package vn.giamsat.citizenreports.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.citizenreports.Classification;
import vn.giamsat.citizenreports.ReportStatus;
import vn.giamsat.citizenreports.TrackedReport;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.calendar.WorkingDays;
import vn.giamsat.platform.web.UserInputException;

/**
 * What a reporter does with the receipt code. Every look-up does the same work — hash,
 * then one indexed query — whether the code is right, wrong or malformed, so the answer
 * time tells a guesser nothing.
 */
@Component
public class PublicTracking {

	/** Hashed in place of a malformed code so that it costs the same as a real one. */
	private static final String FILLER = "0000000000000000";

	private final JdbcClient jdbc;

	private final ReceiptCodes codes;

	private final ReportEvents events;

	private final WorkingDays workingDays;

	private final ReportSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	PublicTracking(JdbcClient jdbc, ReceiptCodes codes, ReportEvents events, WorkingDays workingDays,
			ReportSettings settings, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.codes = codes;
		this.events = events;
		this.workingDays = workingDays;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<TrackedReport> find(String typedCode) {
		String code = ReceiptCodes.normalise(typedCode);
		boolean wellFormed = ReceiptCodes.wellFormed(code);
		byte[] hash = codes.hash(wellFormed ? code : FILLER);
		Optional<TrackedReport> found = jdbc.sql("""
				select r.id, r.classification, r.status, u.name, r.received_at, r.updated_at, r.routed_to,
				  r.reply_findings, r.reply_actions, r.rating, r.reopened
				from citizen_report r join admin_unit u on u.id = r.unit_id where r.receipt_hash = ?""")
			.param(hash)
			.query((rs, n) -> new TrackedReport(rs.getLong(1), Classification.valueOf(rs.getString(2)),
					ReportStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, OffsetDateTime.class),
					rs.getObject(6, OffsetDateTime.class), rs.getString(7), rs.getString(8), rs.getString(9),
					rs.getObject(10, Integer.class), rs.getBoolean(11), List.of()))
			.optional()
			.filter(t -> wellFormed);
		return found.map(t -> new TrackedReport(t.id(), t.classification(), t.status(), t.unitName(), t.receivedAt(),
				t.updatedAt(), t.routedTo(), t.replyFindings(), t.replyActions(), t.rating(), t.reopened(),
				messages(t.id())));
	}

	@Transactional
	public void addMessage(String code, String body) {
		TrackedReport t = require(code);
		String text = ReportValidation.text(body);
		if (text == null || text.length() > ReportValidation.MAX_CONTENT) {
			throw new UserInputException("message", "citizenreports.error.messageLength", ReportValidation.MAX_CONTENT);
		}
		if (!t.status().open() && t.status() != ReportStatus.ANSWERED) {
			throw new UserInputException("message", "citizenreports.error.closedForMessages");
		}
		jdbc.sql("""
				insert into citizen_report_message (report_id, occurred_at, from_reporter, author, body)
				values (?, ?, true, null, ?)""").params(t.id(), OffsetDateTime.now(clock), text).update();
		touch(t.id());
	}

	@Transactional
	public void rate(String code, int rating) {
		TrackedReport t = require(code);
		if (rating < 1 || rating > 5) {
			throw new UserInputException("rating", "citizenreports.error.rating");
		}
		if (!t.canRate()) {
			throw new UserInputException("rating", "citizenreports.error.cannotRate");
		}
		jdbc.sql("update citizen_report set rating = ? where id = ?").params(rating, t.id()).update();
		audit.recordAs(ReportEvents.CITIZEN, "REPORT_RATED", "citizen_report", t.id(), Map.of("rating", rating));
	}

	/** Once only: the reply did not satisfy the reporter, verification starts again. */
	@Transactional
	public void reopen(String code, String why) {
		TrackedReport t = require(code);
		String reason = ReportValidation.text(why);
		if (!t.canReopen()) {
			throw new UserInputException("reopen", "citizenreports.error.cannotReopen");
		}
		if (reason == null || reason.length() > 2000) {
			throw new UserInputException("reopen", "citizenreports.error.reopenReason");
		}
		jdbc.sql("""
				update citizen_report set status = 'VERIFYING', reopened = true, answer_due = ?, updated_at = ?,
				version = version + 1 where id = ? and status = 'ANSWERED'""")
			.params(workingDays.plusWorkingDays(OffsetDateTime.now(clock).toLocalDate(), settings.answerDays()),
					OffsetDateTime.now(clock), t.id())
			.update();
		events.record(t.id(), ReportEvents.CITIZEN, ReportStatus.ANSWERED, ReportStatus.VERIFYING, reason, false);
		audit.recordAs(ReportEvents.CITIZEN, "REPORT_REOPENED", "citizen_report", t.id(), Map.of("reason", reason));
	}

	private TrackedReport require(String code) {
		return find(code).orElseThrow(vn.giamsat.platform.web.NotFoundException::new);
	}

	private void touch(long id) {
		jdbc.sql("update citizen_report set updated_at = ? where id = ?")
			.params(OffsetDateTime.now(clock), id)
			.update();
	}

	private List<TrackedReport.PublicMessage> messages(long id) {
		return jdbc.sql("""
				select occurred_at, from_reporter, body from citizen_report_message where report_id = ? order by id""")
			.param(id)
			.query((rs, n) -> new TrackedReport.PublicMessage(rs.getObject(1, OffsetDateTime.class), rs.getBoolean(2),
					rs.getString(3)))
			.list();
	}

}
