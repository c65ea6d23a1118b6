package vn.giamsat.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.giamsat.people.PeopleDirectory;
import vn.giamsat.plans.SupervisionPlans;
import vn.giamsat.platform.demo.DemoSeed;
import vn.giamsat.supervision.DelegationDraft;
import vn.giamsat.supervision.Delegations;
import vn.giamsat.supervision.Finding;
import vn.giamsat.supervision.Method;
import vn.giamsat.supervision.OpinionDraft;
import vn.giamsat.supervision.OpinionKind;
import vn.giamsat.supervision.OpinionTopic;
import vn.giamsat.supervision.Opinions;
import vn.giamsat.supervision.RecommendationDraft;
import vn.giamsat.supervision.RecommendationIssuing;
import vn.giamsat.supervision.RecommendationLifecycle;
import vn.giamsat.supervision.RecommendationResponse;
import vn.giamsat.supervision.RecommendationSource;
import vn.giamsat.supervision.RecordDraft;
import vn.giamsat.supervision.Subject;
import vn.giamsat.supervision.SupervisionRecords;

/**
 * The current year of supervision in Long Biên, made through the module's own use cases
 * by the personas who would make it: the year's plan (from the plans module), records by
 * the Women's Union and the Front, opinions (some released to the demo cadre, one
 * waiting), a delegation ahead and recommendations (one overdue).
 */
@Component
public class SupervisionDemoSeed implements DemoSeed {

	private final SupervisionPlans plans;

	private final SupervisionRecords records;

	private final Opinions opinions;

	private final Delegations delegations;

	private final RecommendationIssuing recommendations;

	private final RecommendationLifecycle answers;

	private final PeopleDirectory people;

	private final Clock clock;

	SupervisionDemoSeed(SupervisionPlans plans, SupervisionRecords records, Opinions opinions, Delegations delegations,
			RecommendationIssuing recommendations, RecommendationLifecycle answers, PeopleDirectory people,
			Clock clock) {
		this.plans = plans;
		this.records = records;
		this.opinions = opinions;
		this.delegations = delegations;
		this.recommendations = recommendations;
		this.answers = answers;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public int order() {
		return SUPERVISION;
	}

	@Override
	public void seed() {
		load();
	}

	/**
	 * The current year is seeded again on the first start of a new year, when the demo
	 * cadre has no assignment yet.
	 */
	@Override
	public boolean missing() {
		return !seeded();
	}

	/** Whether the demo cadre already has an assignment this year (seeded before). */
	public boolean seeded() {
		LocalDate today = LocalDate.now(clock);
		return people.personIdByCode("LB-CB-001").flatMap(id -> plans.assignmentOf(id, today.getYear())).isPresent();
	}

	public void load() {
		LocalDate today = LocalDate.now(clock);
		int year = today.getYear();
		plans.seedDemoYear(year);
		long cadre = people.personIdByCode("LB-CB-001").orElseThrow();
		try {
			signIn("hoiphunu.longbien", "MEMBER_ORG_OFFICER");
			List<Subject> mine = records.mySubjects(year);
			long other = mine.stream().filter(s -> s.id() != cadre).findFirst().orElseThrow().id();
			for (int i = 0; i < Math.min(6, mine.size()); i++) {
				records.record(year,
						new RecordDraft(day(today, 40 + 25 * i), List.of(mine.get(i).id()), Method.DAILY_OBSERVATION,
								List.of("QD522-01", "QD522-05"), i == 2 ? Finding.NOTE : Finding.GOOD,
								i == 2 ? "Có lúc chậm trả hồ sơ cho công dân so với giấy hẹn; đã nhắc nhở trực tiếp."
										: "Chấp hành tốt thời gian làm việc, giải quyết hồ sơ đúng hẹn."),
						List.of());
			}
			records.record(year, new RecordDraft(day(today, 30), mine.stream().limit(4).map(Subject::id).toList(),
					Method.ACTIVITY, List.of("CT05-02"), Finding.GOOD,
					"Hội nghị đối thoại với Nhân dân: các đồng chí tham dự đầy đủ, trả lời rõ ràng các ý kiến."),
					List.of());
			opinions.write(year, new OpinionDraft(day(today, 20), OpinionKind.SUGGESTION, OpinionTopic.WORKING_METHODS,
					"Đề nghị bố trí thêm thời gian tiếp công dân vào sáng thứ Bảy để người lao động có thể đến làm việc.",
					List.of(new OpinionDraft.Concerned(cadre, null), new OpinionDraft.Concerned(other, null))));
			opinions.write(year,
					new OpinionDraft(day(today, 5), OpinionKind.CRITICISM, OpinionTopic.CODE_OF_CONDUCT,
							"Một số buổi họp tổ dân phố đồng chí đến muộn, chưa báo trước với Ban công tác Mặt trận.",
							List.of(new OpinionDraft.Concerned(cadre, null))));
			signIn("mttq.longbien", "FRONT_OFFICER");
			opinions.write(year,
					new OpinionDraft(day(today, 60), OpinionKind.COMMENDATION, OpinionTopic.CULTIVATION_PLAN,
							"Thực hiện tốt cam kết số hóa hồ sơ một cửa, được Nhân dân ghi nhận.",
							List.of(new OpinionDraft.Concerned(cadre, null))));
			opinions.list(new OpinionStore.Filter(false, null, null, 0), 50)
				.stream()
				.filter(o -> o.date().isBefore(day(today, 10)))
				.forEach(o -> opinions.release(o.id()));
			delegationAndRecommendations(today, cadre, other);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void delegationAndRecommendations(LocalDate today, long cadre, long other) {
		LocalDate session = today.plusDays(20);
		boolean late = session.getYear() != today.getYear();
		delegations.found(new DelegationDraft("Giám sát việc thực hiện quy tắc ứng xử tại Phòng Nội vụ",
				"Giám sát việc thực hiện Quy tắc ứng xử của cán bộ, công chức trong giải quyết thủ tục hành chính",
				"12/QĐ-MTTQ-BTT", today.minusDays(2), late ? LocalDate.of(today.getYear(), 12, 31) : session,
				"Hội trường UBND quận Long Biên",
				List.of(new DelegationDraft.Member("Trần Thị Hồng Nhung", "Trưởng đoàn"),
						new DelegationDraft.Member("Lê Thị Mai", "Thành viên"),
						new DelegationDraft.Member("Phạm Văn Hải", "Thư ký")),
				List.of(cadre, other), late));
		recommendations.issue(new RecommendationDraft(RecommendationSource.REGULAR, null, null, other, null,
				"vanphong.quanuy@longbien.example.vn",
				"Đề nghị chỉ đạo rà soát việc trả hồ sơ đúng hẹn tại bộ phận một cửa.", day(today, 45), null));
		long answered = recommendations
			.issue(new RecommendationDraft(RecommendationSource.DOCUMENT_REVIEW, null, null, cadre, null, null,
					"Đề nghị công khai lịch tiếp công dân của lãnh đạo phòng tại trụ sở.", day(today, 25), null));
		answers.respond(answered, 0, RecommendationResponse.ACCEPTED,
				"Đã niêm yết lịch tiếp công dân tại bảng tin của Phòng từ tuần này.");
		recommendations.issue(new RecommendationDraft(RecommendationSource.REGULAR, null, null, cadre, null,
				"vanphong.quanuy@longbien.example.vn",
				"Đề nghị nhắc nhở việc tham gia sinh hoạt tổ dân phố nơi cư trú.", day(today, 3), null));
	}

	/** Some days ago, but never before the first of January of this year. */
	private static LocalDate day(LocalDate today, int daysAgo) {
		LocalDate d = today.minusDays(daysAgo);
		return d.getYear() == today.getYear() ? d : LocalDate.of(today.getYear(), 1, 1);
	}

	private static void signIn(String username, String role) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
					List.of(new SimpleGrantedAuthority("ROLE_" + role))));
	}

}
