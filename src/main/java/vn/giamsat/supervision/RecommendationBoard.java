package vn.giamsat.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.supervision.internal.RecommendationStore;
import vn.giamsat.supervision.internal.RecommendationStore.ActionRow;
import vn.giamsat.supervision.internal.RecommendationStore.OverdueRow;
import vn.giamsat.supervision.internal.RecommendationStore.RecommendationRow;

/**
 * Reading recommendations: the list and the overdue board per addressee (what the
 * caller's scope shows), one recommendation with its follow-up actions, and whether the
 * caller is its issuer.
 */
@Service
public class RecommendationBoard {

	private final RecommendationStore store;

	private final RecommendationAccess rules;

	private final Clock clock;

	RecommendationBoard(RecommendationStore store, RecommendationAccess rules, Clock clock) {
		this.store = store;
		this.rules = rules;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public RecommendationRow recommendation(long id) {
		return rules.visible(id);
	}

	@Transactional(readOnly = true)
	public List<ActionRow> actions(long id) {
		rules.visible(id);
		return store.actions(id);
	}

	@Transactional(readOnly = true)
	public List<RecommendationRow> list(boolean overdueOnly) {
		return store.list(rules.scope(), overdueOnly, LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	public List<OverdueRow> overdueBoard() {
		return store.overdueByAddressee(rules.scope(), LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	public long overdueCount(AccessScope scope) {
		return store.overdueByAddressee(scope, LocalDate.now(clock)).stream().mapToLong(OverdueRow::count).sum();
	}

	/** The caller is an officer of the issuing Front: they follow up and close. */
	public boolean issuer(RecommendationRow r) {
		return rules.issuer(r);
	}

}
