package vn.giamsat.platform;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import vn.giamsat.GiamsatApplication;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The production profile never starts on the embedded database or with demo accounts. */
class ProductionGuardTest {

	@Test
	void productionRefusesToStartWithoutAnExternalDatabaseUrl() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(GiamsatApplication.class).profiles("prod")
			.run("--server.port=0", "--spring.main.banner-mode=off")
			.close()).hasStackTraceContaining("spring.datasource.url");
	}

	@Test
	void productionRefusesDemoData() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(GiamsatApplication.class).profiles("prod")
			.run("--server.port=0", "--spring.main.banner-mode=off",
					"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none", "--giamsat.demo=true")
			.close()).hasStackTraceContaining("giamsat.demo");
	}

}
