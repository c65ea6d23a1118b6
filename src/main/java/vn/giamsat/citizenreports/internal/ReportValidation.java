package vn.giamsat.citizenreports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.giamsat.citizenreports.Classification;
import vn.giamsat.citizenreports.Evidence;
import vn.giamsat.citizenreports.NewReport;
import vn.giamsat.citizenreports.Reporter;
import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.UnitView;
import vn.giamsat.people.PeopleDirectory;
import vn.giamsat.people.PersonView;
import vn.giamsat.platform.files.FileType;
import vn.giamsat.platform.files.UploadCheck;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * Every rule a new report must satisfy, all checked before anything is written and all
 * reported at once.
 */
@Component
class ReportValidation {

	static final int MAX_CONTENT = 10_000;

	private final OrgStructure structure;

	private final PeopleDirectory people;

	private final UploadCheck evidence;

	private final Clock clock;

	ReportValidation(OrgStructure structure, PeopleDirectory people, ReportSettings settings, Clock clock) {
		this.structure = structure;
		this.people = people;
		this.evidence = evidenceCheck(settings);
		this.clock = clock;
	}

	record Valid(Classification classification, UnitView unit, Optional<PersonView> subject, String subjectName,
			String subjectPosition, String content, Reporter reporter) {
	}

	Valid check(NewReport r) {
		List<Problem> problems = new ArrayList<>();
		Classification classification = Classification.fromCode(nz(r.classification())).orElse(null);
		if (classification == null) {
			problems.add(Problem.of("classification", "citizenreports.error.classification"));
		}
		else if (r.anonymous() && classification != Classification.REPORT) {
			problems.add(Problem.of("anonymous", "citizenreports.error.anonymousNotReport"));
		}
		UnitView unit = structure.unitByCode(nz(r.unitCode()).strip())
			.filter(u -> u.validOn(LocalDate.now(clock)))
			.orElse(null);
		if (unit == null) {
			problems.add(Problem.of("unit", "citizenreports.error.unit"));
		}
		Optional<PersonView> subject = Optional.empty();
		if (!nz(r.subjectPersonCode()).isBlank()) {
			subject = people.personByCode(r.subjectPersonCode().strip());
			if (subject.isEmpty()) {
				problems.add(Problem.of("subject", "citizenreports.error.subjectUnknown"));
			}
		}
		String subjectName = subject.map(PersonView::fullName).orElse(text(r.subjectName()));
		String subjectPosition = subject.map(PersonView::positionTitle).orElse(text(r.subjectPosition()));
		if (subjectName == null) {
			problems.add(Problem.of("subjectName", "citizenreports.error.subjectRequired"));
		}
		length(subjectName, 200, "subjectName", problems);
		length(subjectPosition, 200, "subjectPosition", problems);
		String content = text(r.content());
		if (content == null) {
			problems.add(Problem.of("content", "citizenreports.error.contentRequired"));
		}
		else if (content.length() > MAX_CONTENT) {
			problems.add(Problem.of("content", "citizenreports.error.contentTooLong", MAX_CONTENT, content.length()));
		}
		Reporter reporter = r.anonymous() ? Reporter.NONE : reporter(r.reporter(), problems);
		evidence.checkAll(r.evidence(), Evidence::fileName, Evidence::content, problems);
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		return new Valid(classification, unit, subject, subjectName, subjectPosition, content, reporter);
	}

	/**
	 * JPEG, PNG and PDF judged by their first bytes: a program renamed {@code photo.jpg}
	 * is refused whatever its name says.
	 */
	static UploadCheck evidenceCheck(ReportSettings settings) {
		return UploadCheck.accepting(FileType.JPEG, FileType.PNG, FileType.PDF)
			.field("evidence")
			.maxBytes(settings.maxAttachmentBytes())
			.maxFiles(settings.maxAttachments(), "citizenreports.error.tooManyFiles")
			.refusals("citizenreports.error.fileType", "citizenreports.error.fileTooLarge");
	}

	private static Reporter reporter(Reporter r, List<Problem> problems) {
		String name = text(r.name());
		String phone = text(r.phone());
		String address = text(r.address());
		if (name == null) {
			problems.add(Problem.of("reporter.name", "citizenreports.error.reporterName"));
		}
		if (phone == null || !phone.replaceAll("[\\s.]", "").matches("\\+?[0-9]{9,12}")) {
			problems.add(Problem.of("reporter.phone", "citizenreports.error.reporterPhone"));
		}
		if (address == null) {
			problems.add(Problem.of("reporter.address", "citizenreports.error.reporterAddress"));
		}
		length(name, 150, "reporter.name", problems);
		length(address, 300, "reporter.address", problems);
		return new Reporter(name, phone, address);
	}

	private static void length(String s, int max, String field, List<Problem> problems) {
		if (s != null && s.length() > max) {
			problems.add(Problem.of(field, "citizenreports.error.tooLong", max));
		}
	}

	/** Trimmed, control characters other than line breaks removed, blank = null. */
	static String text(String s) {
		if (s == null) {
			return null;
		}
		String t = s.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
		return t.isEmpty() ? null : t;
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
