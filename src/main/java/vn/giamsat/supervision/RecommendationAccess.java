package vn.giamsat.supervision;

import org.springframework.stereotype.Component;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.supervision.internal.RecommendationStore;
import vn.giamsat.supervision.internal.RecommendationStore.RecommendationRow;
import vn.giamsat.supervision.internal.SupervisionAccess;

/**
 * Who may see and act on a recommendation, in one place for issuing, answering and
 * reading: the Front officers and leaders over the issuer, the addressee organisation,
 * and the person concerned; only the issuing Front follows up and closes.
 */
@Component
class RecommendationAccess {

	private final RecommendationStore store;

	private final SupervisionAccess access;

	RecommendationAccess(RecommendationStore store, SupervisionAccess access) {
		this.store = store;
		this.access = access;
	}

	AccessScope scope() {
		return access.scope();
	}

	/** Only a Front officer bound to an organisation issues recommendations. */
	AccessScope requireFront() {
		AccessScope scope = access.scope();
		if (!scope.is(Role.FRONT_OFFICER) || scope.organisationId() == null) {
			throw new OutOfScopeException();
		}
		return scope;
	}

	/** The recommendation, if the caller may read it at all. */
	RecommendationRow visible(long id) {
		RecommendationRow r = store.find(id).orElseThrow(NotFoundException::new);
		AccessScope scope = access.scope();
		boolean front = scope.is(Role.FRONT_OFFICER, Role.LEADER) && scope.coversUnit(r.issuerUnitId());
		if (!scope.global() && !front && !addressee(scope, r) && !subject(scope, r)) {
			throw new OutOfScopeException();
		}
		return r;
	}

	boolean issuer(RecommendationRow r) {
		AccessScope scope = access.scope();
		return scope.is(Role.FRONT_OFFICER) && Long.valueOf(r.issuerId()).equals(scope.organisationId());
	}

	/** A cadre's account names their workplace, which never makes them the addressee. */
	static boolean addressee(AccessScope scope, RecommendationRow r) {
		return !scope.is(Role.CADRE) && Long.valueOf(r.addresseeId()).equals(scope.organisationId());
	}

	static boolean subject(AccessScope scope, RecommendationRow r) {
		return scope.is(Role.CADRE) && r.personId() != null && r.personId().equals(scope.personId());
	}

}
