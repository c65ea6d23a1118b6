package vn.giamsat.citizenreports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.citizenreports.Classification;
import vn.giamsat.citizenreports.Evidence;
import vn.giamsat.citizenreports.NewReport;
import vn.giamsat.citizenreports.Receipt;
import vn.giamsat.citizenreports.ReportStatus;
import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.UnitView;
import vn.giamsat.people.PeopleDirectory;
import vn.giamsat.people.PersonView;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.calendar.WorkingDays;
import vn.giamsat.platform.files.FileStore;
import vn.giamsat.platform.files.FileType;
import vn.giamsat.platform.files.UploadCheck;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * Receives a report from any channel: validates everything first (nothing is written for
 * a refused report), routes it, seals the reporter's identity and hands out the receipt
 * code.
 */
@Component
public class ReportIntake {

	private final JdbcClient jdbc;

	private final ReportValidation validation;

	private final ReportRouting routing;

	private final ReporterCipher cipher;

	private final ReceiptCodes codes;

	private final WorkingDays workingDays;

	private final ReportSettings settings;

	private final FileStore files;

	private final ReportEvents events;

	private final AuditLog audit;

	private final Clock clock;

	ReportIntake(JdbcClient jdbc, ReportValidation validation, ReportRouting routing, ReporterCipher cipher,
			ReceiptCodes codes, WorkingDays workingDays, ReportSettings settings, FileStore files, ReportEvents events,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.validation = validation;
		this.routing = routing;
		this.cipher = cipher;
		this.codes = codes;
		this.workingDays = workingDays;
		this.settings = settings;
		this.files = files;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param actor the officer entering it on a resident's behalf, or null for the
	 * resident themself
	 */
	@Transactional
	public Receipt receive(NewReport report, String actor) {
		return receive(validation.check(report), report, actor, null);
	}

	/** An imported row, already validated, keyed by its code in the file. */
	Receipt receiveImported(ReportValidation.Valid v, NewReport report, String actor, String importCode) {
		return receive(v, report, actor, importCode);
	}

	private Receipt receive(ReportValidation.Valid v, NewReport report, String actor, String importCode) {
		Routing route = routing.route(v.unit().id(), v.subject());
		long id = jdbc.sql("select nextval('citizen_report_id_seq')").query(Long.class).single();
		String code = codes.newCode();
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = now.toLocalDate();
		ReporterCipher.Sealed sealed = report.anonymous() ? null : cipher.seal(v.reporter(), id);
		jdbc.sql("""
				insert into citizen_report (id, receipt_hash, classification, status, channel, unit_id,
				  receiving_org_id, escalated, subject_person_id, subject_name, subject_position, content, anonymous,
				  reporter_key_id, reporter_sealed, focal_org_id, committee_org_id, received_at, ack_due, screen_due,
				  answer_due, updated_at, created_by, import_code)
				values (?, ?, ?, 'RECEIVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, codes.hash(code), v.classification().name(), report.channel().name(), v.unit().id(),
					route.receivingOrgId(), route.escalated(), v.subject().map(PersonView::id).orElse(null),
					v.subjectName(), v.subjectPosition(), v.content(), report.anonymous(),
					sealed == null ? null : sealed.keyId(), sealed == null ? null : sealed.bytes(), route.focalOrgId(),
					route.committeeOrgId(), now, workingDays.plusWorkingDays(today, settings.acknowledgeDays()),
					workingDays.plusWorkingDays(today, settings.screenDays()),
					workingDays.plusWorkingDays(today, settings.answerDays()), now, actor, importCode)
			.update();
		for (Evidence e : report.evidence()) {
			String type = FileType.of(e.content()).orElseThrow().mediaType();
			String name = UploadCheck.displayName(e.fileName());
			jdbc.sql("""
					insert into citizen_report_attachment (report_id, file_id, file_name, content_type, size_bytes)
					values (?, ?, ?, ?, ?)""")
				.params(id, files.store(name, type, e.content()), name, type, e.content().length)
				.update();
		}
		events.record(id, actor == null ? ReportEvents.CITIZEN : actor, null, ReportStatus.RECEIVED,
				route.escalated() ? "citizenreports.event.escalated" : null, false);
		audit.recordAs(actor == null ? ReportEvents.CITIZEN : actor, "REPORT_RECEIVED", "citizen_report", id,
				Map.of("classification", v.classification().name(), "unit", v.unit().code(), "channel",
						report.channel().name(), "anonymous", report.anonymous(), "escalated", route.escalated()));
		return new Receipt(id, code);
	}

}
