package vn.giamsat.cultivation.internal.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CultivationMessagesTest {

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				CultivationMessagesTest.class.getResourceAsStream("/messages/" + name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void everyFlagCodeHasAVietnameseAndAnEnglishMessage() throws IOException {
		Properties vi = load("cultivation.properties");
		Properties en = load("cultivation_en.properties");
		assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
		assertThat(vi.stringPropertyNames())
			.containsAll(Arrays.stream(FlagCode.values()).map(FlagCode::messageCode).toList());
		assertThat(vi.getProperty(FlagCode.NO_WEAKNESS.messageCode())).contains("khuyết điểm");
	}

}
