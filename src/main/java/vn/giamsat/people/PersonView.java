package vn.giamsat.people;

/**
 * A person as lists and other modules see them, with the names of linked organisations.
 */
public record PersonView(long id, String code, String fullName, Gender gender, Integer birthYear, boolean partyMember,
		String positionTitle, PersonCategory category, Long workplaceId, String workplaceName, Long workplaceUnitId,
		Long residenceUnitId, String residenceName, Long managingCommitteeId, String managingCommitteeName) {
}
