package vn.giamsat.residence.internal;

import java.time.OffsetDateTime;

import vn.giamsat.residence.Assessment;
import vn.giamsat.residence.OpinionAuthor;

/** A group leader's opinion on a member; {@code onBehalf}: typed in by someone else. */
public record OpinionRow(long requestId, OpinionAuthor author, Assessment attendance, Assessment example,
		Assessment conduct, Assessment movements, String content, String enteredBy, boolean onBehalf,
		OffsetDateTime enteredAt) {
}
