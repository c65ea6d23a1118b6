package vn.giamsat.plans.internal.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PlannerMessagesTest {

	private static final List<String> CODES = List.of(InstanceCompiler.NO_UNITS, InstanceCompiler.NO_SUBJECTS,
			InstanceCompiler.BLANK_UNIT_ID, InstanceCompiler.DUPLICATE_UNIT, InstanceCompiler.BLANK_SUBJECT_ID,
			InstanceCompiler.DUPLICATE_SUBJECT, InstanceCompiler.FORBIDDEN_UNKNOWN_UNIT,
			InstanceCompiler.PIN_UNKNOWN_UNIT, InstanceCompiler.PIN_FORBIDDEN, CapacityScaler.CAPACITY_NOT_POSITIVE,
			CapacityScaler.CAPACITY_NOT_FINITE, CapacityScaler.CAPACITY_TOO_SMALL,
			CapacityScaler.CAPACITIES_OUT_OF_RANGE, BalancedAssignmentSolver.TIME_LIMIT_NOT_POSITIVE,
			NoFeasiblePlanException.CODE);

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(PlannerMessagesTest.class.getResourceAsStream("/messages/" + name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void everyErrorCodeHasAVietnameseAndAnEnglishMessage() throws IOException {
		assertThat(load("planner.properties").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(CODES);
		assertThat(load("planner_en.properties").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(CODES);
	}

	@Test
	void vietnameseMessagesAreReadAsUtf8WithDiacritics() throws IOException {
		assertThat(load("planner.properties").getProperty(NoFeasiblePlanException.CODE)).contains("Đối tượng",
				"đơn vị đầu mối");
	}

}
