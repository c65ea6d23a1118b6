package vn.giamsat.supervision;

/** What an opinion is about (the article's four subjects and other). */
public enum OpinionTopic {

	CULTIVATION_PLAN, WORKING_METHODS, CODE_OF_CONDUCT, INTERNAL_RULES, OTHER;

	public String messageKey() {
		return "supervision.opinionTopic." + name();
	}

}
