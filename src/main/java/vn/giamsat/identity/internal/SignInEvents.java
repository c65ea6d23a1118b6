package vn.giamsat.identity.internal;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import vn.giamsat.platform.audit.AuditLog;

/** Every sign-in, successful or not, is audited and feeds the throttle. */
@Component
class SignInEvents {

	private final LoginThrottle throttle;

	private final AuditLog audit;

	SignInEvents(LoginThrottle throttle, AuditLog audit) {
		this.throttle = throttle;
		this.audit = audit;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof CachedBasicAuthentication.Remembered) {
			return;
		}
		String name = event.getAuthentication().getName();
		throttle.succeeded(name);
		audit.recordAs(name, "SIGN_IN", "UserAccount", name, null);
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String name = String.valueOf(event.getAuthentication().getPrincipal());
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			throttle.failed(name);
		}
		audit.recordAs(name, "SIGN_IN_FAILED", "UserAccount", name,
				Map.of("reason", event.getException().getClass().getSimpleName()));
	}

}
