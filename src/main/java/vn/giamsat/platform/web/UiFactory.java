package vn.giamsat.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.support.RequestContextUtils;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.CurrentAccess;

/**
 * Builds the {@link Ui} of a request; put into every page model as {@code ui} by
 * {@link UiAdvice}.
 */
@org.springframework.stereotype.Component
public class UiFactory {

	private final Messages messages;

	private final ObjectProvider<CurrentAccess> access;

	UiFactory(Messages messages, ObjectProvider<CurrentAccess> access) {
		this.messages = messages;
		this.access = access;
	}

	public Ui ui(HttpServletRequest request) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		AccessScope scope = null;
		String name = null;
		if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
			CurrentAccess current = access.getIfAvailable();
			scope = current == null ? null : current.scope();
			name = auth.getPrincipal() instanceof DisplayNamed d ? d.displayName() : auth.getName();
		}
		List<String> flash = Optional.ofNullable(RequestContextUtils.getInputFlashMap(request))
			.map((Map<String, ?> m) -> m.get("flash"))
			.map(f -> f instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(f)))
			.orElse(List.of());
		return new Ui(messages, LocaleContextHolder.getLocale(), csrf, scope, name, request.getRequestURI(), flash);
	}

}
