package vn.giamsat.people.internal;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A position held for a period; the open-ended one is the current position. */
@Table("person_position")
public class PersonPosition {

	@Id
	Long id;

	String title;

	Long organisationId;

	LocalDate validFrom;

	LocalDate validTo;

	static PersonPosition of(String title, Long organisationId, LocalDate from, LocalDate to) {
		PersonPosition p = new PersonPosition();
		p.title = title;
		p.organisationId = organisationId;
		p.validFrom = from;
		p.validTo = to;
		return p;
	}

	public String title() {
		return title;
	}

	public Long organisationId() {
		return organisationId;
	}

	public LocalDate validFrom() {
		return validFrom;
	}

	public LocalDate validTo() {
		return validTo;
	}

}
