package vn.giamsat.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ImportMessagesTest {

	@Test
	void bothBundlesDefineEveryCodeTheEngineUses() throws Exception {
		Properties vi = load("messages/imports.properties");
		Properties en = load("messages/imports_en.properties");

		assertThat(vi.stringPropertyNames()).containsAll(codes());
		assertThat(en.stringPropertyNames()).isEqualTo(vi.stringPropertyNames());
	}

	@Test
	void vietnameseTextsAreUtf8WithDiacritics() throws Exception {
		Properties vi = load("messages/imports.properties");

		assertThat(vi.getProperty(ImportMessages.TEMPLATE_GUIDE_SHEET)).isEqualTo("Hướng dẫn");
		assertThat(vi.getProperty(ImportMessages.FIELD_REQUIRED)).contains("không được để trống");
	}

	@Test
	void everyMessageFormatsWithArgumentsWithoutGroupingRowNumbers() throws Exception {
		for (String file : List.of("messages/imports.properties", "messages/imports_en.properties")) {
			Properties messages = load(file);
			for (String key : messages.stringPropertyNames()) {
				String pattern = messages.getProperty(key);
				Object[] args = new Object[4];
				for (int i = 0; i < args.length; i++) {
					args[i] = pattern.contains("{" + i + ",number") ? (Object) 12345 : "x";
				}
				String text = new MessageFormat(pattern, Locale.forLanguageTag("vi")).format(args);
				assertThat(text).as(key).doesNotContain("12.345", "12,345", "{");
				if (pattern.matches("(?s).*([Dd]òng|[Rr]ow) \\{\\d.*")) {
					assertThat(pattern).as(key).containsPattern("([Dd]òng|[Rr]ow) \\{\\d,number,#}");
				}
			}
		}
	}

	private static List<String> codes() throws IllegalAccessException {
		List<String> codes = new ArrayList<>();
		for (Field field : ImportMessages.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && !field.getName().endsWith("_PREFIX")) {
				codes.add((String) field.get(null));
			}
		}
		for (ColumnType type : ColumnType.values()) {
			codes.add(ImportMessages.TEMPLATE_TYPE_PREFIX + type.name());
		}
		return codes;
	}

	private static Properties load(String resource) throws Exception {
		Properties properties = new Properties();
		try (InputStream in = ImportMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
