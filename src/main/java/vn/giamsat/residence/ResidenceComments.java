package vn.giamsat.residence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.residence.internal.RequestRow;
import vn.giamsat.residence.internal.RequestStore;
import vn.giamsat.residence.internal.ResidenceQueries;

/**
 * What other modules ask of residence comments. Statistics may add
 * {@link #returnedComments} to their figures as a separate line ("nhận xét nơi cư trú"):
 * a comment is not an opinion (ý kiến) and is never counted as one. These methods do not
 * check the caller's scope: the calling module filters by its own.
 */
@Service
@Transactional(readOnly = true)
public class ResidenceComments {

	private final RequestStore requests;

	private final ResidenceQueries queries;

	ResidenceComments(RequestStore requests, ResidenceQueries queries) {
		this.requests = requests;
		this.queries = queries;
	}

	/** The member's returned comments, newest year first. */
	public List<ResidenceCommentView> commentsOf(long personId) {
		return requests.returnedFor(personId).stream().map(ResidenceComments::view).toList();
	}

	/**
	 * Comments returned in [from, to] (Vietnamese dates) for members living in the given
	 * units (an administrative subtree); one per member and year by construction.
	 */
	public long returnedComments(Set<Long> unitSubtree, LocalDate from, LocalDate to) {
		if (unitSubtree.isEmpty()) {
			return 0;
		}
		return queries.returnedIn(unitSubtree, from, to);
	}

	static ResidenceCommentView view(RequestRow r) {
		return new ResidenceCommentView(r.id(), r.personId(), r.year(), r.campaignOrganisationName(),
				r.residenceCellName(), r.residenceGroupName(), r.rating(), r.comment(),
				r.returnedAt().atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate(), r.dueDate(),
				r.late());
	}

}
