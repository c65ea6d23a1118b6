package vn.giamsat.supervision;

/**
 * A released opinion as the cadre concerned sees it: never who wrote it, never the day
 * (only the month), so that a single neighbour's remark cannot be traced back.
 *
 * @param month "11/2026"
 * @param answerKind null until the cadre answers
 */
public record CadreOpinion(long id, String month, OpinionKind kind, OpinionTopic topic, String text, String commitment,
		AnswerKind answerKind, String answerText) {
}
