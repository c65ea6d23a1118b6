package vn.giamsat.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import vn.giamsat.platform.web.Messages;

/**
 * Two filter chains. The JSON API ({@code /api/**}) is stateless HTTP Basic, so it
 * carries no cookie and needs no CSRF token; the pages use a form sign-in, a
 * database-backed session, CSRF tokens and strict headers. Public pages and the public
 * API need no account.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * No inline script or style anywhere: htmx is configured by a meta tag, styles live
	 * in app.css.
	 */
	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, Messages messages, AccountDetailsService users, PasswordEncoder encoder,
			org.springframework.security.authentication.AuthenticationEventPublisher events, java.time.Clock clock)
			throws Exception {
		var dao = new org.springframework.security.authentication.dao.DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(encoder);
		var manager = new org.springframework.security.authentication.ProviderManager(
				new CachedBasicAuthentication(dao, users, clock));
		manager.setAuthenticationEventPublisher(events);
		http.securityMatcher("/api/**")
			.authenticationManager(manager)
			.authorizeHttpRequests(a -> a.requestMatchers("/api/v1/public/**").permitAll().anyRequest().authenticated())
			.httpBasic(b -> b.realmName("giamsat")
				.authenticationEntryPoint((req, res, ex) -> problem(res, HttpStatus.UNAUTHORIZED,
						messages.vi(locked(ex) ? "login.locked" : "error.unauthorized"))))
			.csrf(c -> c.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(e -> e.accessDeniedHandler(
					(req, res, ex) -> problem(res, HttpStatus.FORBIDDEN, messages.vi("error.forbidden"))))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	/**
	 * After signing in, the officer returns to the page they asked for, but never to an
	 * htmx fragment (a search typed as the session expired) nor to a form post.
	 */
	private static HttpSessionRequestCache pageRequestsOnly() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache
			.setRequestMatcher(request -> "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null);
		return cache;
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(a -> a
			.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/fonts/**", "/webjars/**", "/favicon.ico",
					"/actuator/health", "/v3/api-docs", "/v3/api-docs/**", "/error", "/portal/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.requestCache(c -> c.requestCache(pageRequestsOnly()))
			.formLogin(f -> f.loginPage("/login")
				.failureHandler((req, res, ex) -> res
					.sendRedirect(req.getContextPath() + (locked(ex) ? "/login?locked" : "/login?error")))
				.defaultSuccessUrl("/", false))
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.csrf(c -> c.csrfTokenRequestHandler(eagerCsrfTokens()))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(f -> f.deny()));
		return http.build();
	}

	/**
	 * Loads the CSRF token at the start of every page request instead of lazily while the
	 * template renders: a token first created after the response began could lose its
	 * session cookie, and the next form post would be refused. BREACH protection (the XOR
	 * mask) is kept.
	 */
	static org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler eagerCsrfTokens() {
		var handler = new org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler();
		handler.setCsrfRequestAttributeName(null);
		return handler;
	}

	/**
	 * The provider wraps exceptions of the user lookup, so the lock may arrive as the
	 * cause.
	 */
	static boolean locked(Throwable ex) {
		return ex instanceof LockedException || (ex != null && ex.getCause() instanceof LockedException);
	}

	private static void problem(jakarta.servlet.http.HttpServletResponse res, HttpStatus status, String detail)
			throws java.io.IOException {
		res.setStatus(status.value());
		res.setCharacterEncoding("UTF-8");
		res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8");
		if (status == HttpStatus.UNAUTHORIZED) {
			res.setHeader("WWW-Authenticate", "Basic realm=\"giamsat\", charset=\"UTF-8\"");
		}
		res.getWriter()
			.write("{\"type\":\"about:blank\",\"status\":" + status.value() + ",\"detail\":\""
					+ detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
	}

}
