package vn.giamsat.supervision.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.supervision.Finding;
import vn.giamsat.supervision.Method;
import vn.giamsat.supervision.OpinionDraft;
import vn.giamsat.supervision.OpinionKind;
import vn.giamsat.supervision.OpinionTopic;
import vn.giamsat.supervision.Opinions;
import vn.giamsat.supervision.RecordDraft;
import vn.giamsat.supervision.SupervisionRecords;
import vn.giamsat.supervision.internal.OpinionStore;
import vn.giamsat.supervision.internal.RecordStore;

/**
 * Records and opinions as JSON, authorised exactly like the pages (the facades check role
 * and organisation scope). Enum values are the English names listed in the schema; people
 * are referred to by their codes.
 */
@RestController
@Tag(name = "Supervision", description = "Lượt giám sát và ý kiến góp ý trong phạm vi của tài khoản")
class SupervisionApiController {

	private final SupervisionRecords records;

	private final Opinions opinions;

	private final PersonCodes people;

	private final Clock clock;

	SupervisionApiController(SupervisionRecords records, Opinions opinions, PersonCodes people, Clock clock) {
		this.records = records;
		this.opinions = opinions;
		this.people = people;
		this.clock = clock;
	}

	record RecordJson(String code, LocalDate date, String organisation, String person, String personName, Method method,
			Finding finding, String criteria, String note) {
	}

	/**
	 * @param year the plan year; default the current year
	 */
	record NewRecord(Integer year, String date, List<String> people, Method method, Finding finding,
			List<String> criteria, String note) {
	}

	record Created(List<String> codes) {
	}

	record OpinionJson(String code, LocalDate date, String organisation, OpinionKind kind, OpinionTopic topic,
			String text, boolean released, List<String> people) {
	}

	record Concerned(String person, Long commitmentId) {
	}

	record NewOpinion(Integer year, String date, OpinionKind kind, OpinionTopic topic, String text,
			List<Concerned> people) {
	}

	@GetMapping("/api/v1/supervision/records")
	@Operation(summary = "Lượt giám sát trong phạm vi, mới nhất trước (50 một trang)")
	List<RecordJson> records(@RequestParam(required = false) String person, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Finding finding,
			@RequestParam(defaultValue = "0") int page) {
		List<Problem> problems = new ArrayList<>();
		var filter = new RecordStore.Filter(person, null, DateInput.parse(from, "from", problems),
				DateInput.parse(to, "to", problems), finding, Math.max(0, page));
		fail(problems);
		return records.list(filter, 50)
			.stream()
			.limit(50)
			.map(r -> new RecordJson(r.code(), r.date(), r.organisationName(), r.personCode(), r.personName(),
					r.method(), r.finding(), r.criteria(), r.note()))
			.toList();
	}

	@PostMapping("/api/v1/supervision/records")
	@Operation(
			summary = "Ghi lượt giám sát (một hoặc nhiều người: mỗi người một lượt); chỉ đơn vị đầu mối hoặc Ban Thường trực")
	ResponseEntity<Created> record(@RequestBody NewRecord body) {
		List<Problem> problems = new ArrayList<>();
		LocalDate date = DateInput.parse(body.date(), "date", problems);
		List<Long> ids = people.ids(body.people(), problems);
		fail(problems);
		List<String> codes = records.record(year(body.year()),
				new RecordDraft(date, ids, body.method(), body.criteria(), body.finding(), body.note()), List.of());
		return ResponseEntity.created(URI.create("/api/v1/supervision/records?person=")).body(new Created(codes));
	}

	@GetMapping("/api/v1/supervision/opinions")
	@Operation(summary = "Ý kiến góp ý trong phạm vi (released=false: chờ chuyển)")
	List<OpinionJson> opinions(@RequestParam(required = false) Boolean released,
			@RequestParam(defaultValue = "0") int page) {
		return opinions.list(new OpinionStore.Filter(released, null, null, Math.max(0, page)), 50)
			.stream()
			.limit(50)
			.map(o -> new OpinionJson(o.code(), o.date(), o.organisationName(), o.kind(), o.topic(), o.content(),
					o.releasedAt() != null, o.people()))
			.toList();
	}

	@PostMapping("/api/v1/supervision/opinions")
	@Operation(summary = "Ghi một ý kiến góp ý liên quan một hoặc nhiều người")
	ResponseEntity<Created> opinion(@RequestBody NewOpinion body) {
		List<Problem> problems = new ArrayList<>();
		LocalDate date = DateInput.parse(body.date(), "date", problems);
		List<OpinionDraft.Concerned> concerned = new ArrayList<>();
		for (Concerned c : body.people() == null ? List.<Concerned>of() : body.people()) {
			people.ids(java.util.Collections.singletonList(c.person()), problems)
				.forEach(id -> concerned.add(new OpinionDraft.Concerned(id, c.commitmentId())));
		}
		fail(problems);
		String code = opinions.write(year(body.year()),
				new OpinionDraft(date, body.kind(), body.topic(), body.text(), concerned));
		return ResponseEntity.created(URI.create("/api/v1/supervision/opinions")).body(new Created(List.of(code)));
	}

	@PostMapping("/api/v1/supervision/opinions/{code}/release")
	@Operation(summary = "Ban Thường trực chuyển ý kiến tới người được góp ý")
	ResponseEntity<Void> release(@PathVariable String code) {
		opinions.release(opinions.idOf(code));
		return ResponseEntity.noContent().build();
	}

	private int year(Integer year) {
		return year == null ? LocalDate.now(clock).getYear() : year;
	}

	private static void fail(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
	}

}
