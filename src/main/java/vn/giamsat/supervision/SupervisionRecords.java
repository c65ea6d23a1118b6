package vn.giamsat.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.people.PersonView;
import vn.giamsat.plans.SupervisionPlans;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.files.FileStore;
import vn.giamsat.platform.files.FileType;
import vn.giamsat.platform.files.UploadCheck;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.supervision.internal.Codes;
import vn.giamsat.supervision.internal.RecordStore;
import vn.giamsat.supervision.internal.SupervisionAccess;
import vn.giamsat.supervision.internal.TextRules;

/**
 * Regular supervision records (lượt giám sát). Only the focal unit of the person in the
 * year's plan, or the Standing Committee owning that plan, writes one; the date lies in
 * the plan's year and not in the future. Quick entry writes the same observation for
 * several people, one record each, all or none.
 */
@Service
public class SupervisionRecords {

	/**
	 * Documents and photos an officer produces (PDF, Word, Excel, JPEG, PNG), up to 10 MB
	 * and 5 files, recognised by their bytes and named like what they are, so that a
	 * renamed executable is refused.
	 */
	static final UploadCheck ATTACHMENTS = UploadCheck
		.accepting(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.DOCX, FileType.XLSX)
		.field("files")
		.maxBytes(10L * 1024 * 1024)
		.maxFiles(5, "supervision.error.tooManyFiles")
		.nameMustFit()
		.refusals("supervision.error.fileType", "supervision.error.fileSize");

	private final RecordStore store;

	private final SupervisionAccess access;

	private final Codes codes;

	private final FileStore files;

	private final AuditLog audit;

	private final Clock clock;

	SupervisionRecords(RecordStore store, SupervisionAccess access, Codes codes, FileStore files, AuditLog audit,
			Clock clock) {
		this.store = store;
		this.access = access;
		this.codes = codes;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return the codes of the records written, one per person, in the given order
	 */
	@Transactional
	public List<String> record(int year, RecordDraft draft, List<Attachment> attachments) {
		AccessScope scope = access.requireWriter();
		List<Problem> problems = new ArrayList<>();
		String note = TextRules.required(draft.note(), "note", problems);
		checkDate(year, draft.date(), problems);
		if (draft.method() == null) {
			problems.add(Problem.of("method", "supervision.error.methodRequired"));
		}
		if (draft.finding() == null) {
			problems.add(Problem.of("finding", "supervision.error.findingRequired"));
		}
		for (String c : draft.criteria()) {
			if (!store.criterionActive(c)) {
				problems.add(Problem.of("criteria", "supervision.error.criterion", c));
			}
		}
		List<PersonView> people = people(draft.personIds(), problems);
		List<String> types = ATTACHMENTS.checkAll(attachments, Attachment::fileName, Attachment::content, problems)
			.stream()
			.map(FileType::mediaType)
			.toList();
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		Map<PersonView, SupervisionPlans.Assignment> assignments = new LinkedHashMap<>();
		for (PersonView p : people) {
			assignments.put(p, access.requireSupervisor(scope, p, year));
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<String> written = new ArrayList<>();
		for (var e : assignments.entrySet()) {
			String code = codes.next("GS", year, "supervision_record");
			long id = store.insert(code, draft.date(), scope.organisationId(), e.getKey().id(), draft.method(),
					draft.finding(), note, e.getValue().planId(), scope.username(), now);
			store.addCriteria(id, draft.criteria());
			for (int i = 0; i < attachments.size(); i++) {
				Attachment a = attachments.get(i);
				store.addAttachment(id, files.store(a.fileName(), types.get(i), a.content()), a.fileName(),
						types.get(i), a.content().length);
			}
			audit.record("CREATE", "SupervisionRecord", id, null,
					Map.of("code", code, "person", e.getKey().code(), "date", draft.date().toString(), "finding",
							draft.finding().name(), "criteria", draft.criteria(), "files", attachments.size()));
			written.add(code);
		}
		return written;
	}

	/** People the caller's organisation supervises in the year (for pickers). */
	@Transactional(readOnly = true)
	public List<Subject> mySubjects(int year) {
		AccessScope scope = access.requireWriter();
		return subjects(scope.organisationId(), year);
	}

	/**
	 * In one query, in Vietnamese name order (the stored sort key): the entry page lists
	 * them on every load.
	 */
	@Transactional(readOnly = true)
	public List<Subject> subjects(long organisationId, int year) {
		return store.subjects(plans().subjectsOf(organisationId, year).toArray(Long[]::new));
	}

	@Transactional(readOnly = true)
	public List<RecordStore.RecordRow> list(RecordStore.Filter filter, int pageSize) {
		return store.list(access.requireReader(), filter, pageSize);
	}

	@Transactional(readOnly = true)
	public RecordStore.RecordRow detail(long id) {
		return store.find(access.requireReader(), id).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<RecordStore.AttachmentRow> attachments(long recordId) {
		detail(recordId);
		return store.attachments(recordId);
	}

	/** The file of an attachment, read under the same rule as its record. */
	@Transactional(readOnly = true)
	public FileStore.StoredFile file(long attachmentId) {
		long recordId = store.recordOfAttachment(attachmentId).orElseThrow(NotFoundException::new);
		return attachments(recordId).stream()
			.filter(a -> a.id() == attachmentId)
			.findFirst()
			.flatMap(a -> files.load(a.fileId()))
			.orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<RecordStore.CriterionOption> criteria() {
		return store.criteria();
	}

	private void checkDate(int year, LocalDate date, List<Problem> problems) {
		if (date == null) {
			problems.add(Problem.of("date", "supervision.error.dateRequired"));
		}
		else if (date.isAfter(LocalDate.now(clock))) {
			problems.add(Problem.of("date", "supervision.error.dateFuture"));
		}
		else if (date.getYear() != year) {
			problems.add(Problem.of("date", "supervision.error.dateOutsideYear", year));
		}
	}

	private List<PersonView> people(List<Long> ids, List<Problem> problems) {
		if (ids.isEmpty()) {
			problems.add(Problem.of("person", "supervision.error.noPerson"));
			return List.of();
		}
		Set<Long> seen = new HashSet<>();
		List<PersonView> people = new ArrayList<>();
		for (Long id : ids) {
			PersonView p = access.person(id);
			if (!seen.add(id)) {
				problems.add(Problem.of("person", "supervision.error.duplicatePerson", p.fullName()));
			}
			else {
				people.add(p);
			}
		}
		return people;
	}

	private SupervisionPlans plans() {
		return access.plans();
	}

}
