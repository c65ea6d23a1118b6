package vn.giamsat.citizenreports.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import vn.giamsat.citizenreports.Channel;
import vn.giamsat.citizenreports.Classification;
import vn.giamsat.citizenreports.ReportStatus;

/**
 * A report as officers see it, without the reporter's identity (that needs a reveal).
 */
public record ReportRow(long id, Classification classification, ReportStatus status, Channel channel, long unitId,
		String unitName, long receivingOrgId, String receivingOrgName, boolean escalated, Long subjectPersonId,
		String subjectName, String subjectPosition, String content, boolean anonymous, Long focalOrgId,
		String focalOrgName, Long committeeOrgId, String committeeOrgName, String routedTo, UUID transferFileId,
		Long duplicateOf, String replyFindings, String replyActions, Integer rating, boolean reopened,
		OffsetDateTime receivedAt, OffsetDateTime acknowledgedAt, LocalDate ackDue, LocalDate screenDue,
		LocalDate answerDue, OffsetDateTime updatedAt, int version, int attachments) {

	/** The deadline that applies now, or null when nothing is awaited. */
	public LocalDate nextDue() {
		if (!status.open()) {
			return null;
		}
		if (acknowledgedAt == null) {
			return ackDue;
		}
		return status == ReportStatus.RECEIVED ? screenDue : answerDue;
	}

	public boolean overdue(LocalDate today) {
		LocalDate due = nextDue();
		return due != null && due.isBefore(today);
	}

	public String subjectLabel() {
		if (subjectName == null || subjectName.isBlank()) {
			return "";
		}
		return subjectPosition == null || subjectPosition.isBlank() ? subjectName
				: subjectName + " — " + subjectPosition;
	}

}
