package vn.giamsat.people.internal;

import java.time.LocalDate;

/** Keeps positions as history: the open position is closed, a new one opened. */
final class PositionHistory {

	private PositionHistory() {
	}

	static void change(Person person, LocalDate today) {
		for (PersonPosition p : person.positions) {
			if (p.validTo == null) {
				p.validTo = p.validFrom.isBefore(today) ? today.minusDays(1) : p.validFrom;
			}
		}
		if (person.positionTitle != null) {
			person.positions.add(PersonPosition.of(person.positionTitle, person.workplaceId, today, null));
		}
	}

}
