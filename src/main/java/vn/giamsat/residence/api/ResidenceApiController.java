package vn.giamsat.residence.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.security.Role;
import vn.giamsat.residence.ResidenceCommentView;
import vn.giamsat.residence.ResidenceComments;
import vn.giamsat.residence.internal.CampaignRow;
import vn.giamsat.residence.internal.RequestRow;
import vn.giamsat.residence.internal.RequestStore;
import vn.giamsat.residence.internal.ResidenceAccess;

/**
 * Read access for other systems, scoped exactly like the pages: a campaign's status for
 * its workplace organisation, the requests sent to a residence cell or Front work
 * committee, and a member's own comments. The leaders' opinions are not part of it.
 */
@RestController
@Tag(name = "Residence", description = "Nhận xét đảng viên nơi cư trú (Quy định 213-QĐ/TW)")
class ResidenceApiController {

	private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	private final ResidenceAccess access;

	private final RequestStore requests;

	private final ResidenceComments comments;

	ResidenceApiController(ResidenceAccess access, RequestStore requests, ResidenceComments comments) {
		this.access = access;
		this.requests = requests;
		this.comments = comments;
	}

	record RequestJson(long id, String personCode, String fullName, int year, String residenceGroup,
			String residenceCell, String workplaceOrganisation, String state, LocalDate dueDate, LocalDate returnedOn,
			boolean late, String rating, String comment) {

		static RequestJson of(RequestRow r) {
			return new RequestJson(r.id(), r.personCode(), r.fullName(), r.year(), r.residenceGroupName(),
					r.residenceCellName(), r.campaignOrganisationName(), r.state().name(), r.dueDate(),
					r.returnedAt() == null ? null : r.returnedAt().atZoneSameInstant(VN).toLocalDate(), r.late(),
					r.rating() == null ? null : r.rating().name(), r.comment());
		}
	}

	record CampaignJson(long id, String organisation, int year, LocalDate dueDate, String status,
			List<RequestJson> requests) {
	}

	@GetMapping("/api/v1/residence/campaigns/{id}")
	@Operation(summary = "Tình hình một đợt đề nghị nhận xét của tổ chức đảng nơi công tác")
	CampaignJson campaign(@PathVariable long id) {
		CampaignRow c = access.ownCampaign(id);
		return new CampaignJson(c.id(), c.organisationCode(), c.year(), c.dueDate(), c.status(),
				requests.ofCampaign(id).stream().map(RequestJson::of).toList());
	}

	@GetMapping("/api/v1/residence/requests")
	@Operation(summary = "Các đề nghị nhận xét gửi tới chi bộ nơi cư trú hoặc Ban công tác Mặt trận của tài khoản")
	List<RequestJson> inbox(@RequestParam(required = false) Integer year) {
		AccessScope s = access.scope();
		if (s.organisationId() == null) {
			throw new OutOfScopeException();
		}
		if (s.is(Role.PARTY_CELL_OFFICER)) {
			return requests.forCell(s.organisationId(), year).stream().map(RequestJson::of).toList();
		}
		if (s.is(Role.FRONT_WORK_COMMITTEE)) {
			return requests.forFrontCommittee(s.organisationId(), year).stream().map(RequestJson::of).toList();
		}
		throw new OutOfScopeException();
	}

	@GetMapping("/api/v1/residence/my-comments")
	@Operation(summary = "Nhận xét nơi cư trú của chính đảng viên đăng nhập")
	List<ResidenceCommentView> mine() {
		AccessScope s = access.scope();
		if (!s.is(Role.CADRE) || s.personId() == null) {
			throw new OutOfScopeException();
		}
		return comments.commentsOf(s.personId());
	}

}
