package vn.giamsat.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.OrganisationView;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.security.Role;

/**
 * Works out the scope of the current account on each request (once, cached in the
 * request), so that a change of binding or of the structure takes effect at once on every
 * instance.
 */
@Component
class ScopeResolver implements CurrentAccess {

	private static final String CACHE = ScopeResolver.class.getName();

	private final UserAccountRepository accounts;

	private final OrgStructure structure;

	private final Clock clock;

	ScopeResolver(UserAccountRepository accounts, OrgStructure structure, Clock clock) {
		this.accounts = accounts;
		this.structure = structure;
		this.clock = clock;
	}

	@Override
	public AccessScope scope() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
			throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof AccessScope s
				&& s.username().equals(auth.getName())) {
			return s;
		}
		AccessScope scope = accounts.findByUsername(auth.getName())
			.map(this::resolve)
			.orElseGet(() -> AccessScope.none(auth.getName(), Role.CADRE));
		if (request != null) {
			request.setAttribute(CACHE, scope, RequestAttributes.SCOPE_REQUEST);
		}
		return scope;
	}

	AccessScope resolve(UserAccount account) {
		LocalDate today = LocalDate.now(clock);
		if (!account.enabled() || !account.validOn(today)) {
			return AccessScope.none(account.username(), account.role());
		}
		if (account.role() == Role.SYSTEM_ADMIN) {
			return new AccessScope(account.username(), account.role(), true, Set.of(), null, account.organisationId(),
					account.personId());
		}
		if (account.role() == Role.CADRE) {
			return new AccessScope(account.username(), account.role(), false, Set.of(), null, account.organisationId(),
					account.personId());
		}
		OrganisationView org = structure.organisation(account.organisationId()).orElse(null);
		if (org == null) {
			return AccessScope.none(account.username(), account.role());
		}
		return new AccessScope(account.username(), account.role(), false, structure.subtreeUnitIds(org.unitId()),
				org.unitId(), org.id(), account.personId());
	}

}
