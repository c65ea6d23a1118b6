package vn.giamsat.citizenreports;

import java.util.List;

/**
 * A report as submitted by a resident or entered on their behalf.
 *
 * @param classification the contract's code (PHAN_ANH, …) or the enum name; validated
 * @param unitCode the administrative unit (ward or residential group) it concerns
 * @param subjectPersonCode the cadre picked from the unit's people, if any
 */
public record NewReport(String classification, String unitCode, String subjectPersonCode, String subjectName,
		String subjectPosition, String content, boolean anonymous, Reporter reporter, List<Evidence> evidence,
		Channel channel) {

	public NewReport {
		reporter = reporter == null ? Reporter.NONE : reporter;
		evidence = evidence == null ? List.of() : List.copyOf(evidence);
	}

}
