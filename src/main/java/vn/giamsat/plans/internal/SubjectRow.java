package vn.giamsat.plans.internal;

/**
 * A subject of a plan: a person (with position and workplace) or an organisation;
 * {@code groupKey} is the agency or ward whose subjects are kept together.
 */
public record SubjectRow(long id, Long personId, Long organisationId, String code, String label, String position,
		String groupKey, String groupName, Long workplaceId) {

	public boolean isPerson() {
		return personId != null;
	}
}
