package vn.giamsat;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

	@Test
	void modulesOnlyDependOnEachOthersFacadesAndNeverInCycles() {
		ApplicationModules.of(GiamsatApplication.class).verify();
	}

}
