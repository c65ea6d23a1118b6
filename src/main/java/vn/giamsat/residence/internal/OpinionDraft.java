package vn.giamsat.residence.internal;

import vn.giamsat.residence.Assessment;
import vn.giamsat.residence.OpinionAuthor;

/** What a group leader's opinion form carries; checked by {@link TextRules}. */
public record OpinionDraft(OpinionAuthor author, Assessment attendance, Assessment example, Assessment conduct,
		Assessment movements, String content) {
}
