package vn.giamsat.people;

import java.time.LocalDate;

/** A position held for a period (open-ended = current). */
public record PositionView(String title, String organisationName, LocalDate validFrom, LocalDate validTo) {
}
