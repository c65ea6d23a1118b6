package vn.giamsat.platform.imports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Resolves a message code to text in the user's language. The engine stays free of
 * Spring; the web layer adapts its MessageSource with
 * {@code (code, args) -> messageSource.getMessage(code, args, locale)}.
 */
@FunctionalInterface
public interface MessageLookup {

	String get(String code, Object... args);

	/** Reads a bundle such as {@code messages/imports} directly (tests, batch tools). */
	static MessageLookup ofBundle(String baseName, Locale locale) {
		ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
		return (code, args) -> new MessageFormat(bundle.getString(code), locale).format(args);
	}

}
