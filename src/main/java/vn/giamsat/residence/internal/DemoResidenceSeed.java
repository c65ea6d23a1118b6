package vn.giamsat.residence.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.demo.DemoSeed;
import vn.giamsat.residence.Assessment;
import vn.giamsat.residence.ExemptionCategory;
import vn.giamsat.residence.OpinionAuthor;
import vn.giamsat.residence.Rating;
import vn.giamsat.residence.RequestState;

/**
 * Demo only: the District Party Committee's 2026 campaign, sent on 1/10/2026. No member
 * managed by the committee lives in group LB-DG-T01 in the generated people, so one party
 * member living there (LB-DG-T01-00569) is added by hand, recorded as such, so that the
 * personas chibo.ducgiang.t01 and bctmt.ducgiang.t01 have a request to answer. Two
 * members are exempt; canbo.demo's comment and every third other one (outside LB-DG-T01)
 * are already returned.
 */
@Component
public class DemoResidenceSeed implements DemoSeed {

	static final String MANUAL_MEMBER = "LB-DG-T01-00569";

	private static final ZoneOffset VN = ZoneOffset.ofHours(7);

	private final CampaignStore campaigns;

	private final RequestStore requests;

	private final OpinionStore opinions;

	private final ProblemStore problems;

	private final MemberSelection selection;

	private final OrgStructure structure;

	private final AuditLog audit;

	DemoResidenceSeed(CampaignStore campaigns, RequestStore requests, OpinionStore opinions, ProblemStore problems,
			MemberSelection selection, OrgStructure structure, AuditLog audit) {
		this.campaigns = campaigns;
		this.requests = requests;
		this.opinions = opinions;
		this.problems = problems;
		this.selection = selection;
		this.structure = structure;
		this.audit = audit;
	}

	@Override
	public int order() {
		return RESIDENCE;
	}

	@Override
	public void seed() {
		load();
	}

	public void load() {
		var committee = structure.organisationByCode("LB-QU").orElse(null);
		if (committee == null || campaigns.campaign(committee.id(), 2026).isPresent()) {
			return;
		}
		long id = campaigns.insert(committee.id(), 2026, LocalDate.of(2026, 11, 30), "quanuy.longbien",
				OffsetDateTime.of(2026, 9, 15, 8, 0, 0, 0, VN));
		List<Candidate> members = selection.membersOf(committee.id());
		members.stream().filter(m -> m.cellId() != null).forEach(m -> requests.insert(id, m.personId(), 2026, m, null));
		problems.replace(id, List.of());
		selection.byCode(MANUAL_MEMBER)
			.filter(m -> m.cellId() != null)
			.ifPresent(m -> requests.insert(id, m.personId(), 2026, m,
					"Dữ liệu mẫu: đảng viên công tác tại cơ quan Quận ủy theo điều động, hồ sơ chưa cập nhật"));
		List<RequestRow> listed = requests.ofCampaign(id);
		exemptTwo(listed);
		requests.sendListed(id, OffsetDateTime.of(2026, 10, 1, 8, 0, 0, 0, VN));
		long personaCell = structure.organisationByCode("LB-DG-T01-CB").map(o -> o.id()).orElse(-1L);
		int returned = 0;
		List<RequestRow> sent = requests.ofCampaign(id);
		for (int i = 0; i < sent.size(); i++) {
			RequestRow r = sent.get(i);
			boolean persona = r.personCode().equals("LB-CB-001");
			if (r.state() == RequestState.SENT && (persona || (i % 3 == 0 && r.residenceCellId() != personaCell))) {
				answer(r, i);
				returned++;
			}
		}
		audit.recordAs("system", "SEED_DEMO", "ResidenceCampaign", id,
				Map.of("requests", sent.size(), "returned", returned));
	}

	private void exemptTwo(List<RequestRow> listed) {
		List<RequestRow> others = listed.stream()
			.filter(r -> !r.personCode().equals("LB-CB-001") && !MANUAL_MEMBER.equals(r.personCode()))
			.toList();
		if (others.size() < 2) {
			return;
		}
		requests.exempt(others.get(others.size() - 1), ExemptionCategory.STUDENT_AWAY,
				"Học cao cấp lý luận chính trị tập trung tại Học viện Chính trị quốc gia Hồ Chí Minh (9/2026 – 3/2027)");
		requests.exempt(others.get(others.size() - 2), ExemptionCategory.LONG_ILLNESS,
				"Điều trị bệnh dài ngày tại Bệnh viện Bạch Mai từ tháng 8/2026");
	}

	private void answer(RequestRow r, int i) {
		OffsetDateTime at = OffsetDateTime.of(2026, 11, 5 + i % 20, 9, 0, 0, 0, VN);
		opinions.save(r.id(),
				new OpinionDraft(OpinionAuthor.FRONT_COMMITTEE_HEAD, Assessment.GOOD, Assessment.GOOD, Assessment.GOOD,
						Assessment.PARTLY, "Đồng chí tham gia sinh hoạt tổ dân phố đầy đủ, gia đình gương mẫu; "
								+ "tham gia phong trào vệ sinh môi trường chưa thường xuyên."),
				"demo", false, at);
		opinions.save(r.id(),
				new OpinionDraft(OpinionAuthor.GROUP_HEAD, Assessment.GOOD, Assessment.GOOD, Assessment.GOOD,
						Assessment.GOOD, "Gia đình chấp hành tốt quy ước tổ dân phố, đóng góp đầy đủ các quỹ."),
				"demo", true, at);
		RequestRow fresh = requests.request(r.id()).orElseThrow();
		requests.returnComment(fresh, "Đồng chí " + r.fullName()
				+ " gương mẫu thực hiện nghĩa vụ công dân nơi cư trú, giữ mối liên hệ tốt "
				+ "với chi bộ và Nhân dân tổ dân phố; cần tham gia thường xuyên hơn các phong trào của địa phương.",
				i % 7 == 0 ? Rating.FULFILLED : Rating.GOOD, at.plusDays(1), "demo", false);
	}

}
