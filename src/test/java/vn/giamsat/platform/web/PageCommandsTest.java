package vn.giamsat.platform.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Post/redirect/get for a page's small forms, with the real message bundle: what was
 * done, or the reasons in Vietnamese, always back on the page.
 */
class PageCommandsTest {

	PageCommands commands;

	RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

	@BeforeEach
	void setUp() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		commands = new PageCommands(new Messages(source));
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	Map<String, Object> flash() {
		return new HashMap<>(redirect.getFlashAttributes());
	}

	@Test
	void aCommandThatSucceedsFlashesWhatWasDoneAndReturnsToThePage() {
		AtomicBoolean ran = new AtomicBoolean();
		assertThat(commands.run(redirect, "/things/7", "things.archived", () -> ran.set(true)))
			.isEqualTo("redirect:/things/7");
		assertThat(ran).isTrue();
		assertThat(flash()).containsEntry("flash", "things.archived").doesNotContainKey("errors");
	}

	@Test
	void withoutSayingWhatWasDoneItFlashesSaved() {
		commands.run(redirect, "/things/7", () -> {
		});
		assertThat(flash()).containsEntry("flash", "form.saved");
	}

	@Test
	void aUsersMistakeIsFlashedAsItsVietnameseReason() {
		assertThat(commands.run(redirect, "/things/7", () -> {
			throw new UserInputException("code", "field.error.codeTaken", "LB-PN");
		})).isEqualTo("redirect:/things/7");
		assertThat(flash()).containsEntry("errors", List.of("Mã LB-PN đã được dùng.")).doesNotContainKey("flash");
	}

	@Test
	void anEditInBetweenIsFlashedAsTheConcurrentEditMessage() {
		commands.run(redirect, "/things/7", () -> {
			throw new OptimisticLockingFailureException("thing 7");
		});
		assertThat(flash()).containsEntry("errors", List
			.of("Dữ liệu vừa được người khác sửa trước đồng chí. Vui lòng tải lại trang, xem thay đổi mới rồi sửa lại; "
					+ "chưa có gì bị ghi đè."))
			.doesNotContainKey("flash");
	}

	@Test
	void problemsWithTheFormsOwnFieldsAreFlashedAndTheCommandDoesNotRun() {
		AtomicBoolean ran = new AtomicBoolean();
		commands.run(redirect, "/things/7", List.of(Problem.of("name", "field.error.nameTooLong", 200)),
				() -> ran.set(true));
		assertThat(ran).isFalse();
		assertThat(flash()).containsEntry("errors", List.of("Tên dài quá 200 ký tự.")).doesNotContainKey("flash");
	}

}
