package vn.giamsat.platform.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Resolves message codes in the current request's language (Vietnamese unless chosen
 * otherwise).
 */
@Component
public class Messages {

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	public String get(String code, Object... args) {
		return get(LocaleContextHolder.getLocale(), code, args);
	}

	public String get(Locale locale, String code, Object... args) {
		try {
			return source.getMessage(code, args, locale);
		}
		catch (NoSuchMessageException ex) {
			return code;
		}
	}

	/**
	 * Vietnamese whatever the request says: the API contract's {@code detail} is
	 * Vietnamese.
	 */
	public String vi(String code, Object... args) {
		return get(Locale.forLanguageTag("vi"), code, args);
	}

	public String problem(Problem p) {
		return get(p.code(), p.args());
	}

}
