package vn.giamsat.cultivation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.cultivation.internal.CultivationPlanStore;
import vn.giamsat.cultivation.internal.CultivationPlanStore.PlanRow;
import vn.giamsat.cultivation.internal.LifecycleStore;
import vn.giamsat.cultivation.internal.LifecycleStore.Assessment;
import vn.giamsat.cultivation.internal.PublicPlanQueries;
import vn.giamsat.orgs.AdminLevel;
import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.OrganisationView;
import vn.giamsat.orgs.UnitView;
import vn.giamsat.people.PeopleDirectory;
import vn.giamsat.people.PersonView;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.files.FileStore;
import vn.giamsat.platform.files.FileType;
import vn.giamsat.platform.files.UploadCheck;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * A plan's life after approval: published on the portal, posted on notice boards (with a
 * photo as evidence), passed to the focal supervising unit, self-assessed by the cadre at
 * year end and evaluated by the party organisation that manages them. Replacing a
 * published plan withdraws it everywhere it was shown.
 */
@Service
public class CultivationLifecycle {

	static final int PHOTO_MAX_BYTES = 5 * 1024 * 1024;

	/**
	 * A photo of the notice board: JPEG, PNG or WebP judged by its bytes, a renamed
	 * executable is not an image.
	 */
	private static final UploadCheck PHOTO = UploadCheck.accepting(FileType.JPEG, FileType.PNG, FileType.WEBP)
		.field("photo")
		.maxBytes(PHOTO_MAX_BYTES)
		.refusals("cultivation.error.photoNotImage", "cultivation.error.photoTooLarge")
		.whenEmpty("cultivation.error.photoRequired");

	static final int TEXT_MAX = 2000;

	private static final Set<CultivationStatus> REPLACEABLE = EnumSet.of(CultivationStatus.APPROVED,
			CultivationStatus.POSTED, CultivationStatus.UNDER_SUPERVISION);

	private static final Set<CultivationStatus> ASSESSABLE = EnumSet.of(CultivationStatus.POSTED,
			CultivationStatus.UNDER_SUPERVISION, CultivationStatus.SELF_ASSESSED);

	public enum Place {

		RESIDENCE, WORKPLACE

	}

	public enum Result {

		DONE, PARTLY, NOT_DONE

	}

	public enum Rating {

		EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED

	}

	/** One commitment's year-end result as the cadre states it. */
	public record SelfAssessment(Result result, String evidence) {
	}

	private final CultivationPlanStore plans;

	private final LifecycleStore store;

	private final PublicPlanQueries publicPlans;

	private final PeopleDirectory people;

	private final OrgStructure orgs;

	private final FileStore files;

	private final CurrentAccess access;

	private final AuditLog audit;

	private final Clock clock;

	private final CultivationAccess rules;

	CultivationLifecycle(CultivationPlanStore plans, LifecycleStore store, PublicPlanQueries publicPlans,
			PeopleDirectory people, OrgStructure orgs, FileStore files, CurrentAccess access, AuditLog audit,
			Clock clock, CultivationAccess rules) {
		this.rules = rules;
		this.plans = plans;
		this.store = store;
		this.publicPlans = publicPlans;
		this.people = people;
		this.orgs = orgs;
		this.files = files;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Publishes an approved plan on the portal (the managing committee or Propaganda).
	 */
	@Transactional
	public void publish(long planId, int version) {
		PlanRow plan = plan(planId);
		requireCommitteeOrPropaganda(person(plan));
		requireStatus(plan, EnumSet.of(CultivationStatus.APPROVED), "cultivation.error.notApproved");
		plans.touch(planId, version);
		store.published(planId, now());
		audit.record("PUBLISH", "CultivationPlan", planId, Map.of("status", plan.status().name()),
				Map.of("status", CultivationStatus.POSTED.name()));
	}

	/**
	 * Starts a new revision of an approved or published plan (the cadre's situation
	 * changed): the published version is withdrawn from the portal and the notice boards,
	 * the old text is kept as a revision, the new draft goes through approval again.
	 */
	@Transactional
	public void replace(long planId, int version) {
		PlanRow plan = plan(planId);
		requireWriter(person(plan));
		requireStatus(plan, REPLACEABLE, "cultivation.error.notReplaceable");
		plans.touch(planId, version);
		OffsetDateTime now = now();
		store.withdrawn(planId, "REPLACED", now);
		plans.keepRevision(planId, plan.revision(), content(plan), "REPLACED", null, now);
		plans.nextRevision(planId);
		audit.record("REPLACE", "CultivationPlan", planId, Map.of("status", plan.status().name()),
				Map.of("status", CultivationStatus.DRAFT.name(), "revision", plan.revision() + 1));
	}

	/** Withdraws a plan for good (the person left, the plan was void): committee only. */
	@Transactional
	public void withdraw(long planId, int version, String reason) {
		PlanRow plan = plan(planId);
		requireManagingCommittee(person(plan));
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw new UserInputException("reason", "cultivation.error.withdrawReason");
		}
		if (plan.status() == CultivationStatus.WITHDRAWN || plan.status() == CultivationStatus.DRAFT) {
			throw new UserInputException("status", "cultivation.error.notWithdrawable");
		}
		plans.touch(planId, version);
		store.withdrawn(planId, reason.strip(), now());
		plans.setStatus(planId, CultivationStatus.WITHDRAWN);
		audit.record("WITHDRAW", "CultivationPlan", planId, Map.of("status", plan.status().name()),
				Map.of("status", CultivationStatus.WITHDRAWN.name(), "reason", reason.strip()));
	}

	/** Propaganda passes a published plan to the focal supervising unit. */
	@Transactional
	public void passToSupervision(long planId, int version) {
		PlanRow plan = plan(planId);
		requireCommitteeOrPropaganda(person(plan));
		requireStatus(plan, EnumSet.of(CultivationStatus.POSTED), "cultivation.error.notPublished");
		plans.touch(planId, version);
		store.underSupervision(planId, now());
		audit.record("PASS_TO_SUPERVISION", "CultivationPlan", planId, Map.of("status", plan.status().name()),
				Map.of("status", CultivationStatus.UNDER_SUPERVISION.name()));
	}

	/**
	 * The cadre's year-end self-assessment: a result for every commitment, each with its
	 * evidence, because "done" is exactly what the party cell will check.
	 */
	@Transactional
	public void selfAssess(long planId, int version, String overall, List<SelfAssessment> results) {
		PlanRow plan = plan(planId);
		requireWriter(person(plan));
		requireStatus(plan, ASSESSABLE, "cultivation.error.notAssessable");
		List<Long> commitments = store.commitmentIds(planId);
		List<Problem> problems = new ArrayList<>();
		if (results == null || results.size() != commitments.size()) {
			problems.add(Problem.of("result", "cultivation.error.assessEvery", commitments.size()));
		}
		else {
			for (int i = 0; i < results.size(); i++) {
				SelfAssessment r = results.get(i);
				if (r == null || r.result() == null) {
					problems.add(Problem.of("result", "cultivation.error.assessResult", i + 1));
				}
				else if (r.evidence() == null || r.evidence().isBlank()) {
					problems.add(Problem.of("evidence", "cultivation.error.assessEvidence", i + 1));
				}
				else if (r.evidence().length() > TEXT_MAX) {
					problems.add(Problem.of("evidence", "cultivation.error.commitmentTooLong", i + 1, TEXT_MAX));
				}
			}
		}
		if (overall != null && overall.length() > TEXT_MAX) {
			problems.add(Problem.of("overall", "cultivation.error.tooLong", TEXT_MAX));
		}
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		plans.touch(planId, version);
		List<Assessment> rows = new ArrayList<>();
		for (int i = 0; i < results.size(); i++) {
			rows.add(new Assessment(commitments.get(i), results.get(i).result().name(),
					results.get(i).evidence().strip()));
		}
		store.selfAssessed(planId, overall == null ? "" : overall.strip(), rows, now());
		audit.record("SELF_ASSESS", "CultivationPlan", planId, Map.of("status", plan.status().name()), Map.of("status",
				CultivationStatus.SELF_ASSESSED.name(), "results", rows.stream().map(Assessment::result).toList()));
	}

	/** The party organisation that manages the person rates the year. */
	@Transactional
	public void evaluate(long planId, int version, Rating rating, String comment) {
		PlanRow plan = plan(planId);
		requireEvaluator(person(plan));
		requireStatus(plan, EnumSet.of(CultivationStatus.SELF_ASSESSED), "cultivation.error.notSelfAssessed");
		if (rating == null) {
			throw new UserInputException("rating", "cultivation.error.rating");
		}
		if (comment == null || comment.isBlank() || comment.length() > TEXT_MAX) {
			throw new UserInputException("comment", "cultivation.error.evaluationComment", TEXT_MAX);
		}
		plans.touch(planId, version);
		store.evaluated(planId, rating.name(), comment.strip(), access.scope().username(), now());
		audit.record("EVALUATE", "CultivationPlan", planId, Map.of("status", plan.status().name()),
				Map.of("status", CultivationStatus.EVALUATED.name(), "rating", rating.name()));
	}

	/**
	 * Records that the notice sheet of a residential group or an agency was put up, with
	 * a photo of the board; the posting remembers which published plans it showed.
	 */
	@Transactional
	public long recordPosting(int year, Place place, String placeCode, LocalDate postedOn, String photoName,
			byte[] photo, String note) {
		AccessScope scope = access.scope();
		if (!scope.is(Role.FRONT_OFFICER, Role.FRONT_WORK_COMMITTEE, Role.PARTY_CELL_OFFICER,
				Role.PARTY_COMMITTEE_OFFICER, Role.PROPAGANDA_OFFICER)) {
			throw new OutOfScopeException();
		}
		List<Problem> problems = new ArrayList<>();
		Long unitId = null;
		Long organisationId = null;
		if (place == null) {
			problems.add(Problem.of("place", "cultivation.error.place"));
		}
		else if (place == Place.RESIDENCE) {
			UnitView unit = orgs.unitByCode(placeCode == null ? "" : placeCode.strip()).orElse(null);
			if (unit == null || unit.level() != AdminLevel.RESIDENTIAL_GROUP) {
				problems.add(Problem.of("placeCode", "cultivation.error.residentialGroup", placeCode));
			}
			else {
				unitId = unit.id();
			}
		}
		else {
			OrganisationView org = orgs.organisationByCode(placeCode == null ? "" : placeCode.strip()).orElse(null);
			if (org == null) {
				problems.add(Problem.of("placeCode", "cultivation.error.organisation", placeCode));
			}
			else {
				organisationId = org.id();
				unitId = null;
				if (!scope.coversUnit(org.unitId())) {
					throw new OutOfScopeException();
				}
			}
		}
		if (unitId != null && !scope.coversUnit(unitId)) {
			throw new OutOfScopeException();
		}
		LocalDate today = LocalDate.now(clock);
		if (postedOn == null) {
			problems.add(Problem.of("postedOn", "cultivation.error.postedOn"));
		}
		else if (postedOn.isAfter(today) || postedOn.getYear() < year || postedOn.getYear() > year + 1) {
			problems.add(Problem.of("postedOn", "cultivation.error.postedOnRange", year));
		}
		String imageType = PHOTO.check(photoName, photo, problems).map(FileType::mediaType).orElse(null);
		if (note != null && note.length() > 500) {
			problems.add(Problem.of("note", "cultivation.error.tooLong", 500));
		}
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		UUID stored = files.store(photoName == null || photoName.isBlank() ? "niem-yet" : photoName, imageType, photo);
		long id = store.posting(year, place.name(), place == Place.RESIDENCE ? unitId : null, organisationId, postedOn,
				stored, note == null ? "" : note.strip(), scope.username(), now());
		audit.record("RECORD_POSTING", "CultivationPosting", id, null,
				Map.of("place", place.name(), "code", placeCode.strip(), "postedOn", postedOn.toString()));
		return id;
	}

	/**
	 * Published plans of the people living in a residential group, or in any group of a
	 * ward (public).
	 */
	@Transactional(readOnly = true)
	public List<PublicPlan> publishedAtResidence(long unitId, int year) {
		UnitView unit = orgs.unit(unitId).orElseThrow(NotFoundException::new);
		return publicPlans.atResidence(
				unit.level() == AdminLevel.RESIDENTIAL_GROUP ? Set.of(unitId) : orgs.subtreeUnitIds(unitId), year);
	}

	/** Published plans of the people working at an agency (public). */
	@Transactional(readOnly = true)
	public List<PublicPlan> publishedAtWorkplace(long organisationId, int year) {
		return publicPlans.atWorkplace(organisationId, year);
	}

	private String content(PlanRow plan) {
		StringBuilder text = new StringBuilder(plan.weaknesses());
		plans.commitments(plan.id())
			.forEach(c -> text.append('\n')
				.append(c.area())
				.append(" | ")
				.append(c.action())
				.append(" | ")
				.append(c.measure())
				.append(" | ")
				.append(c.deadline()));
		return text.toString();
	}

	private PlanRow plan(long planId) {
		return plans.plan(planId).orElseThrow(NotFoundException::new);
	}

	private PersonView person(PlanRow plan) {
		return people.person(plan.personId()).orElseThrow();
	}

	private void requireStatus(PlanRow plan, Set<CultivationStatus> allowed, String code) {
		if (!allowed.contains(plan.status())) {
			throw new UserInputException("status", code);
		}
	}

	private void requireWriter(PersonView person) {
		rules.requireWriter(person);
	}

	private void requireManagingCommittee(PersonView person) {
		AccessScope scope = access.scope();
		if (!scope.is(Role.PARTY_COMMITTEE_OFFICER) || !CultivationAccess.managedBy(scope, person)) {
			throw new OutOfScopeException();
		}
	}

	private void requireCommitteeOrPropaganda(PersonView person) {
		AccessScope scope = access.scope();
		if (scope.is(Role.PROPAGANDA_OFFICER) && people.inScope(scope, person)) {
			return;
		}
		requireManagingCommittee(person);
	}

	/** The managing committee, or a party cell officer of that party organisation. */
	private void requireEvaluator(PersonView person) {
		AccessScope scope = access.scope();
		if (!scope.is(Role.PARTY_COMMITTEE_OFFICER, Role.PARTY_CELL_OFFICER)
				|| !CultivationAccess.managedBy(scope, person)) {
			throw new OutOfScopeException();
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
