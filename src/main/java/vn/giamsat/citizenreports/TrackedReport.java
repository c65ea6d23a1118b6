package vn.giamsat.citizenreports;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A report as its reporter sees it through the receipt code: state, public reply and the
 * message exchange; never internal notes, never who handles it.
 */
public record TrackedReport(long id, Classification classification, ReportStatus status, String unitName,
		OffsetDateTime receivedAt, OffsetDateTime updatedAt, String routedTo, String replyFindings, String replyActions,
		Integer rating, boolean reopened, List<PublicMessage> messages) {

	public record PublicMessage(OffsetDateTime at, boolean fromReporter, String body) {
	}

	public String publicReply() {
		if (replyFindings == null) {
			return routedTo == null ? null : routedTo;
		}
		return replyFindings + "\n\n" + replyActions;
	}

	public boolean canRate() {
		return status == ReportStatus.ANSWERED && rating == null;
	}

	public boolean canReopen() {
		return status == ReportStatus.ANSWERED && !reopened;
	}

}
