package vn.giamsat.residence;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.identity.AccountManagement;
import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.residence.internal.CampaignService;
import vn.giamsat.residence.internal.ExemptionDraft;
import vn.giamsat.residence.internal.OpinionDraft;
import vn.giamsat.residence.internal.OpinionStore;
import vn.giamsat.residence.internal.ProblemStore;
import vn.giamsat.residence.internal.ReplyService;
import vn.giamsat.residence.internal.RequestRow;
import vn.giamsat.residence.internal.RequestStore;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.giamsat.residence.ResidenceFixtures.as;
import static vn.giamsat.residence.ResidenceFixtures.run;

/**
 * The workflow through the services as each persona: campaign with exemptions, the round
 * trip to the residence cell and back, late returns, and every refusal with nothing
 * written. Years 2025 and 2040–2049 belong to this class.
 */
@IntegrationTest
class ResidenceWorkflowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CampaignService campaigns;

	@Autowired
	ReplyService replies;

	@Autowired
	RequestStore requests;

	@Autowired
	OpinionStore opinions;

	@Autowired
	ProblemStore problems;

	@Autowired
	ResidenceComments comments;

	@Autowired
	OrgStructure structure;

	@BeforeEach
	void fixtures() throws Exception {
		ResidenceFixtures.ensure(mvc, jdbc, accounts);
	}

	@Test
	void campaignListsTheCommitteesMembersLivingElsewhereWithTheirResidenceCellAndAppliesExemptions() {
		long id = as(Personas.PARTY_COMMITTEE, Role.PARTY_COMMITTEE_OFFICER,
				() -> campaigns.create(2040, null, List.of(new ExemptionDraft("LB-CB-00004",
						ExemptionCategory.ARMED_FORCES_BARRACKS, "Biệt phái sang Bộ Chỉ huy quân sự, ở doanh trại"))));

		List<RequestRow> rows = requests.ofCampaign(id);
		assertThat(rows).as("the demo's 142 cadres managed by LB-QU, and any added by other tests")
			.hasSizeGreaterThanOrEqualTo(142);
		RequestRow persona = find(rows, Personas.CADRE_PERSON_CODE);
		assertThat(persona.residenceGroupName()).contains("Cự Khối");
		assertThat(persona.residenceCellId())
			.isEqualTo(structure.organisationByCode("LB-CK-T13-CB").orElseThrow().id());
		assertThat(persona.dueDate()).isEqualTo(LocalDate.of(2040, 11, 30));
		RequestRow exempt = find(rows, "LB-CB-00004");
		assertThat(exempt.state()).isEqualTo(RequestState.EXEMPT);
		assertThat(exempt.exemptionCategory()).isEqualTo(ExemptionCategory.ARMED_FORCES_BARRACKS);
		assertThat(exempt.exemptionReason()).contains("doanh trại");
		assertThat(rows).filteredOn(r -> r.state() == RequestState.LISTED).hasSize(rows.size() - 1);
		assertThat(audits("ResidenceCampaign", id)).isEqualTo(1);
	}

	@Test
	void anExemptionForSomebodyOutsideTheListOrWithoutReasonRefusesTheWholeCampaign() {
		assertThatThrownBy(() -> run(Personas.PARTY_COMMITTEE, Role.PARTY_COMMITTEE_OFFICER,
				() -> campaigns.create(2041, null,
						List.of(new ExemptionDraft("LB-DG-T01-00566", ExemptionCategory.OTHER, "x"),
								new ExemptionDraft("LB-CB-00004", ExemptionCategory.MOBILE_WORKER, " ")))))
			.isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(codes(ex)).contains("residence.error.exemptNotMember",
					"residence.error.textRequired"));
		assertThat(jdbc.sql("select count(*) from residence_campaign where year = 2041").query(Long.class).single())
			.isZero();
	}

	@Test
	void memberWithoutResidenceIsListedAsAProblemToFixNotSkipped() {
		long id = as(ResidenceFixtures.CLERK, Role.PARTY_COMMITTEE_OFFICER,
				() -> campaigns.create(2042, null, List.of()));

		assertThat(requests.ofCampaign(id)).extracting(RequestRow::personCode).containsExactly("TEST-RES-002");
		assertThat(problems.of(id)).singleElement().satisfies(p -> {
			assertThat(p.personCode()).isEqualTo("TEST-RES-001");
			assertThat(p.code()).isEqualTo("NO_RESIDENCE");
		});
		assertThatThrownBy(() -> run(ResidenceFixtures.CLERK, Role.PARTY_COMMITTEE_OFFICER,
				() -> campaigns.addMember(id, "TEST-RES-001", "Bổ sung")))
			.isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(codes(ex)).containsExactly("residence.error.noResidence"));
	}

	@Test
	void fullRoundTripFromRequestToReturnedCommentSeenByTheWorkplaceAndCounted() {
		long id = sentCampaignWithDgT01Member(2043);
		RequestRow r = dgT01Request(id);
		assertThat(r.state()).isEqualTo(RequestState.SENT);

		run(Personas.FRONT_WORK_COMMITTEE, Role.FRONT_WORK_COMMITTEE, () -> {
			replies.saveOpinion(r.id(), version(r), opinion(OpinionAuthor.FRONT_COMMITTEE_HEAD, "Tham gia đầy đủ"));
			replies.saveOpinion(r.id(), version(r), opinion(OpinionAuthor.GROUP_HEAD, "Gia đình gương mẫu"));
		});
		assertThat(opinions.of(r.id())).extracting(o -> o.author() + ":" + o.onBehalf())
			.containsExactlyInAnyOrder("FRONT_COMMITTEE_HEAD:false", "GROUP_HEAD:true");
		run(Personas.PARTY_CELL, Role.PARTY_CELL_OFFICER, () -> replies.returnComment(r.id(), version(r),
				"Đồng chí gương mẫu, giữ mối liên hệ tốt với chi bộ nơi cư trú.", Rating.GOOD));

		RequestRow back = requests.request(r.id()).orElseThrow();
		assertThat(back.state()).isEqualTo(RequestState.RETURNED);
		assertThat(back.late()).as("returned before 30/11/2043").isFalse();
		assertThat(back.returnedBy()).isEqualTo(Personas.PARTY_CELL);
		assertThat(comments.commentsOf(back.personId())).anySatisfy(c -> {
			assertThat(c.year()).isEqualTo(2043);
			assertThat(c.rating()).isEqualTo(Rating.GOOD);
			assertThat(c.workplaceOrganisation()).isEqualTo(back.campaignOrganisationName());
		});
		long ward = structure.unitByCode("HN-LB-DG").orElseThrow().id();
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
		assertThat(comments.returnedComments(structure.subtreeUnitIds(ward), today, today)).isPositive();
		assertThat(audits("ResidenceRequest", r.id())).isEqualTo(3);
	}

	@Test
	void commentAfterTheDueDateIsAcceptedAndMarkedLate() {
		long id = sentCampaignWithDgT01Member(2025);
		RequestRow r = dgT01Request(id);
		bothOpinions(r);

		run(Personas.PARTY_CELL, Role.PARTY_CELL_OFFICER,
				() -> replies.returnComment(r.id(), version(r), "Nhận xét gửi muộn.", Rating.FULFILLED));

		RequestRow back = requests.request(r.id()).orElseThrow();
		assertThat(back.state()).isEqualTo(RequestState.RETURNED);
		assertThat(back.late()).isTrue();
	}

	@Test
	void secondCommentForTheSameMemberAndYearIsRefusedWhateverOrganisationAsks() {
		long id = sentCampaignWithDgT01Member(2044);
		RequestRow r = dgT01Request(id);
		bothOpinions(r);
		run(Personas.PARTY_CELL, Role.PARTY_CELL_OFFICER,
				() -> replies.returnComment(r.id(), version(r), "Lần một.", Rating.GOOD));

		assertThatThrownBy(() -> run(Personas.PARTY_CELL, Role.PARTY_CELL_OFFICER,
				() -> replies.returnComment(r.id(), version(r), "Lần hai.", Rating.NOT_FULFILLED)))
			.isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(codes(ex)).containsExactly("residence.error.alreadyReturned"));
		long other = as(ResidenceFixtures.CLERK, Role.PARTY_COMMITTEE_OFFICER,
				() -> campaigns.create(2044, null, List.of()));
		assertThatThrownBy(() -> run(ResidenceFixtures.CLERK, Role.PARTY_COMMITTEE_OFFICER,
				() -> campaigns.addMember(other, ResidenceFixtures.DG_T01_MEMBER, "Cùng năm")))
			.isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(codes(ex)).containsExactly("residence.error.askedElsewhere"));
		assertThat(requests.request(r.id()).orElseThrow().comment()).isEqualTo("Lần một.");
		assertThat(jdbc.sql("select count(*) from residence_request where person_id = ? and year = 2044")
			.param(r.personId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void afterTheCampaignIsClosedNoOpinionOrCommentIsAccepted() {
		long id = sentCampaignWithDgT01Member(2045);
		RequestRow r = dgT01Request(id);
		run(Personas.PARTY_COMMITTEE, Role.PARTY_COMMITTEE_OFFICER,
				() -> campaigns.close(id,
						jdbc.sql("select version from residence_campaign where id = ?")
							.param(id)
							.query(Integer.class)
							.single()));

		assertThatThrownBy(() -> run(Personas.FRONT_WORK_COMMITTEE, Role.FRONT_WORK_COMMITTEE,
				() -> replies.saveOpinion(r.id(), version(r), opinion(OpinionAuthor.FRONT_COMMITTEE_HEAD, "Muộn"))))
			.isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(codes(ex)).containsExactly("residence.error.campaignClosed"));
		assertThatThrownBy(() -> run(Personas.PARTY_CELL, Role.PARTY_CELL_OFFICER,
				() -> replies.returnComment(r.id(), version(r), "Muộn", Rating.GOOD)))
			.isInstanceOf(UserInputException.class);
		assertThat(opinions.of(r.id())).isEmpty();
		assertThat(requests.request(r.id()).orElseThrow().state()).isEqualTo(RequestState.SENT);
	}

	@Test
	void onlyTheGroupsFrontCommitteeOrCellEnterOpinionsAndOnlyTheCellReturns() {
		long id = sentCampaignWithDgT01Member(2046);
		RequestRow r = dgT01Request(id);

		assertThatThrownBy(() -> run(ResidenceFixtures.T02_FRONT, Role.FRONT_WORK_COMMITTEE,
				() -> replies.saveOpinion(r.id(), version(r), opinion(OpinionAuthor.FRONT_COMMITTEE_HEAD, "Tổ khác"))))
			.isInstanceOf(vn.giamsat.platform.security.OutOfScopeException.class);
		assertThatThrownBy(() -> run(Personas.PARTY_COMMITTEE, Role.PARTY_COMMITTEE_OFFICER,
				() -> replies.saveOpinion(r.id(), version(r), opinion(OpinionAuthor.GROUP_HEAD, "Cơ quan"))))
			.isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(codes(ex)).containsExactly("residence.error.notGroupHead"));
		bothOpinions(r);
		assertThatThrownBy(() -> run(Personas.FRONT_WORK_COMMITTEE, Role.FRONT_WORK_COMMITTEE,
				() -> replies.returnComment(r.id(), version(r), "Không phải chi bộ", Rating.GOOD)))
			.isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(codes(ex)).containsExactly("residence.error.onlyCell"));
		assertThat(opinions.of(r.id())).allSatisfy(o -> assertThat(o.enteredBy()).isEqualTo(Personas.PARTY_CELL));
	}

	@Test
	void emptyOrTooLongTextsAreRefusedAndScriptIsStoredAsPlainText() {
		long id = sentCampaignWithDgT01Member(2047);
		RequestRow r = dgT01Request(id);

		assertThatThrownBy(() -> run(Personas.FRONT_WORK_COMMITTEE, Role.FRONT_WORK_COMMITTEE,
				() -> replies.saveOpinion(r.id(), version(r), opinion(OpinionAuthor.FRONT_COMMITTEE_HEAD, "   "))))
			.satisfies(ex -> assertThat(codes(ex)).containsExactly("residence.error.textRequired"));
		assertThatThrownBy(() -> run(Personas.FRONT_WORK_COMMITTEE, Role.FRONT_WORK_COMMITTEE,
				() -> replies.saveOpinion(r.id(), version(r),
						opinion(OpinionAuthor.FRONT_COMMITTEE_HEAD, "a".repeat(10_000)))))
			.satisfies(ex -> assertThat(codes(ex)).containsExactly("residence.error.textTooLong"));
		assertThat(opinions.of(r.id())).isEmpty();
		bothOpinions(r);
		assertThatThrownBy(() -> run(Personas.PARTY_CELL, Role.PARTY_CELL_OFFICER,
				() -> replies.returnComment(r.id(), version(r), "", null)))
			.satisfies(ex -> assertThat(codes(ex)).containsExactlyInAnyOrder("residence.error.textRequired",
					"residence.error.ratingRequired"));
		String script = "<script>alert('x')</script> Tốt";
		run(Personas.PARTY_CELL, Role.PARTY_CELL_OFFICER,
				() -> replies.returnComment(r.id(), version(r), script, Rating.GOOD));
		assertThat(requests.request(r.id()).orElseThrow().comment()).isEqualTo(script);
	}

	@Test
	void sendingTwiceOrClosingAClosedCampaignIsRefused() {
		long id = sentCampaignWithDgT01Member(2048);
		assertThatThrownBy(() -> run(Personas.PARTY_COMMITTEE, Role.PARTY_COMMITTEE_OFFICER, () -> campaigns.send(id)))
			.satisfies(ex -> assertThat(codes(ex)).containsExactly("residence.error.nothingToSend"));
		assertThatThrownBy(() -> run(Personas.PARTY_COMMITTEE, Role.PARTY_COMMITTEE_OFFICER,
				() -> campaigns.create(2048, LocalDate.of(2049, 1, 10), List.of())))
			.satisfies(ex -> assertThat(codes(ex)).contains("residence.error.dueOutsideYear",
					"residence.error.campaignExists"));
	}

	/** An LB-QU campaign with the LB-DG-T01 party member added by hand, sent. */
	long sentCampaignWithDgT01Member(int year) {
		return as(Personas.PARTY_COMMITTEE, Role.PARTY_COMMITTEE_OFFICER, () -> {
			long id = campaigns.create(year, null, List.of());
			campaigns.addMember(id, ResidenceFixtures.DG_T01_MEMBER, "Điều động về cơ quan Quận ủy");
			campaigns.send(id);
			return id;
		});
	}

	RequestRow dgT01Request(long campaignId) {
		return find(requests.ofCampaign(campaignId), ResidenceFixtures.DG_T01_MEMBER);
	}

	void bothOpinions(RequestRow r) {
		run(Personas.PARTY_CELL, Role.PARTY_CELL_OFFICER, () -> {
			replies.saveOpinion(r.id(), version(r), opinion(OpinionAuthor.FRONT_COMMITTEE_HEAD, "Ý kiến BCTMT"));
			replies.saveOpinion(r.id(), version(r), opinion(OpinionAuthor.GROUP_HEAD, "Ý kiến tổ trưởng"));
		});
	}

	int version(RequestRow r) {
		return requests.request(r.id()).orElseThrow().version();
	}

	static OpinionDraft opinion(OpinionAuthor author, String text) {
		return new OpinionDraft(author, Assessment.GOOD, Assessment.GOOD, Assessment.PARTLY, Assessment.GOOD, text);
	}

	static RequestRow find(List<RequestRow> rows, String code) {
		return rows.stream().filter(r -> r.personCode().equals(code)).findFirst().orElseThrow();
	}

	long audits(String type, long id) {
		return jdbc.sql("select count(*) from audit_event where entity_type = ? and entity_id = ?")
			.params(type, String.valueOf(id))
			.query(Long.class)
			.single();
	}

	static List<String> codes(Throwable ex) {
		return ((UserInputException) ex).problems().stream().map(Problem::code).toList();
	}

}
