package vn.giamsat.residence.internal;

/**
 * A member as the campaign would ask about them: where they live and which cell and Front
 * work committee answer for that group (null when the structure has none).
 */
record Candidate(long personId, String code, String fullName, Long residenceUnitId, Long cellId,
		Long frontCommitteeId) {
}
