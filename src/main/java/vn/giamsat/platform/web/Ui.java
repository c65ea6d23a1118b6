package vn.giamsat.platform.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.security.web.csrf.CsrfToken;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;

/**
 * What every page template needs besides its own data: messages in the user's language,
 * the CSRF token for forms, who is signed in, flash messages and the Vietnamese date
 * formats.
 */
public final class Ui {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

	private final Messages messages;

	private final Locale locale;

	private final CsrfToken csrf;

	private final AccessScope scope;

	private final String displayName;

	private final String path;

	private final List<String> flash;

	public Ui(Messages messages, Locale locale, CsrfToken csrf, AccessScope scope, String displayName, String path,
			List<String> flash) {
		this.messages = messages;
		this.locale = locale;
		this.csrf = csrf;
		this.scope = scope;
		this.displayName = displayName;
		this.path = path;
		this.flash = flash;
	}

	public String t(String code, Object... args) {
		return messages.get(locale, code, args);
	}

	public String lang() {
		return locale.getLanguage();
	}

	public boolean english() {
		return "en".equals(locale.getLanguage());
	}

	public String csrfName() {
		return csrf == null ? "_csrf" : csrf.getParameterName();
	}

	public String csrfToken() {
		return csrf == null ? "" : csrf.getToken();
	}

	public String csrfHeaders() {
		return csrf == null ? "{}" : "{\"" + csrf.getHeaderName() + "\": \"" + csrf.getToken() + "\"}";
	}

	public boolean signedIn() {
		return scope != null;
	}

	public String displayName() {
		return displayName;
	}

	public AccessScope scope() {
		return scope;
	}

	public boolean can(Role... roles) {
		return scope != null && scope.is(roles);
	}

	public String roleLabel() {
		return scope == null ? "" : t(scope.role().messageKey());
	}

	public String path() {
		return path;
	}

	public boolean active(String prefix) {
		return path != null && path.startsWith(prefix);
	}

	public List<String> flash() {
		return flash;
	}

	public String date(LocalDate d) {
		return d == null ? "" : DATE.format(d);
	}

	public String dateTime(OffsetDateTime t) {
		return t == null ? "" : DATE_TIME.format(t.atZoneSameInstant(ZoneId.of("Asia/Ho_Chi_Minh")));
	}

	public String number(long n) {
		return java.text.NumberFormat.getIntegerInstance(locale).format(n);
	}

}
