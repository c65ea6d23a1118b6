package vn.giamsat.citizenreports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.citizenreports.Classification;
import vn.giamsat.citizenreports.ReportStatus;
import vn.giamsat.platform.files.FileStore;
import vn.giamsat.platform.web.UserInputException;

/**
 * Denunciations and complaints are governed by the Law on Denunciations and the Law on
 * Complaints: the Front does not process them but transfers them, with a letter, to the
 * competent body, and tells the reporter where they went.
 */
@Component
public class RoutingOut {

	private final ReportAccess access;

	private final ReportWorkflow workflow;

	private final TransferLetter letter;

	private final FileStore files;

	private final JdbcClient jdbc;

	private final Clock clock;

	RoutingOut(ReportAccess access, ReportWorkflow workflow, TransferLetter letter, FileStore files, JdbcClient jdbc,
			Clock clock) {
		this.access = access;
		this.workflow = workflow;
		this.letter = letter;
		this.files = files;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public UUID routeOut(long id, Classification classification, String competentBody, String reason) {
		ReportRow r = access.report(id);
		access.requireHandler(r);
		if (classification == null || !classification.routedOut()) {
			throw new UserInputException("classification", "citizenreports.error.onlyDenunciationsRouteOut");
		}
		String body = ReportValidation.text(competentBody);
		if (body == null || body.length() > 300) {
			throw new UserInputException("competentBody", "citizenreports.error.competentBody");
		}
		byte[] pdf = letter.pdf(r, classification, body, LocalDate.now(clock));
		UUID file = files.store("chuyen-don-" + id + ".pdf", "application/pdf", pdf);
		workflow.move(r, Set.of(ReportStatus.RECEIVED, ReportStatus.SCREENED), ReportStatus.ROUTED_OUT, reason, false,
				"classification = '" + classification.name() + "'");
		jdbc.sql("update citizen_report set routed_to = ?, transfer_file_id = ? where id = ?")
			.params(body, file, id)
			.update();
		jdbc.sql("""
				insert into citizen_report_message (report_id, occurred_at, from_reporter, author, body)
				values (?, ?, false, ?, ?)""")
			.params(id, OffsetDateTime.now(clock), access.scope().username(),
					"Đơn của ông/bà thuộc loại "
							+ (classification == Classification.DENUNCIATION ? "tố cáo" : "khiếu nại")
							+ ", không thuộc thẩm quyền giải quyết của Mặt trận. Mặt trận đã chuyển đơn đến: " + body
							+ ". Ông/bà theo dõi kết quả giải quyết tại cơ quan này.")
			.update();
		return file;
	}

}
