package vn.giamsat.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.people.PersonView;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.supervision.internal.CadreView;
import vn.giamsat.supervision.internal.Codes;
import vn.giamsat.supervision.internal.OpinionStore;
import vn.giamsat.supervision.internal.SupervisionAccess;
import vn.giamsat.supervision.internal.TextRules;

/**
 * Opinions (ý kiến góp ý): written by the focal unit of every person concerned (or the
 * plan's Standing Committee), invisible to those people until the Front Standing
 * Committee releases them, then shown to each cadre without any trace of the author
 * ({@link CadreView}), and answered by the cadre.
 */
@Service
public class Opinions {

	private final OpinionStore store;

	private final SupervisionAccess access;

	private final Codes codes;

	private final AuditLog audit;

	private final Clock clock;

	private final int minContributors;

	Opinions(OpinionStore store, SupervisionAccess access, Codes codes, AuditLog audit, Clock clock,
			@Value("${giamsat.supervision.min-contributors:3}") int minContributors) {
		this.store = store;
		this.access = access;
		this.codes = codes;
		this.audit = audit;
		this.clock = clock;
		this.minContributors = minContributors;
	}

	@Transactional
	public String write(int year, OpinionDraft draft) {
		AccessScope scope = access.requireWriter();
		List<Problem> problems = new ArrayList<>();
		String text = TextRules.required(draft.text(), "text", problems);
		if (draft.date() == null) {
			problems.add(Problem.of("date", "supervision.error.dateRequired"));
		}
		else if (draft.date().isAfter(LocalDate.now(clock))) {
			problems.add(Problem.of("date", "supervision.error.dateFuture"));
		}
		else if (draft.date().getYear() != year) {
			problems.add(Problem.of("date", "supervision.error.dateOutsideYear", year));
		}
		if (draft.kind() == null) {
			problems.add(Problem.of("kind", "supervision.error.kindRequired"));
		}
		if (draft.topic() == null) {
			problems.add(Problem.of("topic", "supervision.error.topicRequired"));
		}
		List<PersonView> people = people(draft, year, problems);
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		people.forEach(p -> access.requireSupervisor(scope, p, year));
		String code = codes.next("YK", year, "opinion");
		long id = store.insert(code, draft.date(), scope.organisationId(), draft.kind(), draft.topic(), text,
				scope.username(), OffsetDateTime.now(clock));
		draft.people().forEach(c -> store.addPerson(id, c.personId(), c.commitmentId()));
		audit.record("CREATE", "Opinion", id, null,
				Map.of("code", code, "people", people.stream().map(PersonView::code).toList(), "kind",
						draft.kind().name(), "topic", draft.topic().name()));
		return code;
	}

	/**
	 * The Front Standing Committee over the writing organisation makes the opinion
	 * visible to the people it concerns.
	 */
	@Transactional
	public void release(long opinionId) {
		AccessScope scope = access.scope();
		OpinionStore.Header h = store.header(opinionId).orElseThrow(NotFoundException::new);
		if (!access.frontOfficerOver(scope, h.organisationId())) {
			throw new OutOfScopeException();
		}
		if (h.releasedAt() != null) {
			throw new UserInputException("opinion", "supervision.error.alreadyReleased");
		}
		store.release(opinionId, scope.username(), OffsetDateTime.now(clock));
		audit.record("RELEASE", "Opinion", opinionId, Map.of("released", false), Map.of("released", true));
	}

	/** The id behind an opinion's code (API paths use codes). */
	@Transactional(readOnly = true)
	public long idOf(String code) {
		return store.idByCode(code).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<OpinionStore.OpinionRow> list(OpinionStore.Filter filter, int pageSize) {
		return store.list(access.requireReader(), filter, pageSize);
	}

	/** Whether the caller may release opinions of that organisation (for the buttons). */
	public boolean mayRelease(long organisationId) {
		return access.frontOfficerOver(access.scope(), organisationId);
	}

	/** The signed-in cadre's released opinions, without authors. */
	@Transactional(readOnly = true)
	public CadreOpinions mine() {
		return CadreView.of(store.released(requireCadre()), minContributors);
	}

	@Transactional
	public void answer(long opinionId, AnswerKind kind, String text) {
		long personId = requireCadre();
		OpinionStore.Header h = store.header(opinionId).orElseThrow(NotFoundException::new);
		if (!store.people(opinionId).contains(personId)) {
			throw new NotFoundException();
		}
		List<Problem> problems = new ArrayList<>();
		if (h.releasedAt() == null) {
			problems.add(Problem.of("opinion", "supervision.error.notReleased"));
		}
		if (kind == null) {
			problems.add(Problem.of("kind", "supervision.error.answerKindRequired"));
		}
		String clean = TextRules.required(text, "text", problems);
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		store.answer(opinionId, personId, kind, clean, access.scope().username(), OffsetDateTime.now(clock));
		audit.record("ANSWER", "Opinion", opinionId, null, Map.of("kind", kind.name(), "length", clean.length()));
	}

	/** Commitments of a person's plan of the year, to link an opinion to. */
	@Transactional(readOnly = true)
	public List<OpinionStore.CommitmentOption> commitments(long personId, int year) {
		access.requireWriter();
		return store.commitments(personId, year);
	}

	/** Commitments of the plans of the people the caller supervises, for the form. */
	@Transactional(readOnly = true)
	public List<OpinionStore.PersonCommitment> commitmentsOf(List<Subject> subjects, int year) {
		access.requireWriter();
		return store.commitmentsOf(subjects.stream().map(Subject::id).toArray(Long[]::new), year);
	}

	@Transactional(readOnly = true)
	public long awaitingRelease(AccessScope scope) {
		return scope.is(Role.FRONT_OFFICER) ? store.awaitingRelease(scope) : 0;
	}

	private long requireCadre() {
		AccessScope scope = access.scope();
		if (!scope.is(Role.CADRE) || scope.personId() == null) {
			throw new OutOfScopeException();
		}
		return scope.personId();
	}

	private List<PersonView> people(OpinionDraft draft, int year, List<Problem> problems) {
		if (draft.people().isEmpty()) {
			problems.add(Problem.of("people", "supervision.error.noPerson"));
			return List.of();
		}
		Set<Long> seen = new HashSet<>();
		List<PersonView> people = new ArrayList<>();
		for (OpinionDraft.Concerned c : draft.people()) {
			PersonView p = access.person(c.personId());
			if (!seen.add(c.personId())) {
				problems.add(Problem.of("people", "supervision.error.duplicatePerson", p.fullName()));
				continue;
			}
			if (c.commitmentId() != null
					&& store.commitments(c.personId(), year).stream().noneMatch(o -> o.id() == c.commitmentId())) {
				problems.add(Problem.of("commitment", "supervision.error.commitment", p.fullName(), year));
			}
			people.add(p);
		}
		return people;
	}

}
