package vn.giamsat.orgs;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.giamsat.orgs.internal.UnitDraft;
import vn.giamsat.orgs.internal.UnitRules;
import vn.giamsat.platform.web.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class UnitRulesTest {

	static final LocalDate D2003 = LocalDate.of(2003, 11, 6);

	static final LocalDate D2025 = LocalDate.of(2025, 6, 30);

	final Map<String, UnitDraft> graph = new HashMap<>();

	final UnitRules.Lookup lookup = new UnitRules.Lookup() {
		@Override
		public Optional<UnitDraft> byCode(String code) {
			return Optional.ofNullable(graph.get(code));
		}

		@Override
		public List<UnitDraft> childrenOf(String code) {
			return graph.values().stream().filter(d -> code.equals(d.parentCode())).toList();
		}
	};

	void put(UnitDraft d) {
		graph.put(d.code(), d);
	}

	List<String> codes(UnitDraft d) {
		put(d);
		return UnitRules.check(d, lookup).stream().map(Problem::code).toList();
	}

	{
		put(new UnitDraft("HN", "Hà Nội", AdminLevel.CITY, null, LocalDate.of(1976, 1, 1), null));
		put(new UnitDraft("LB", "Long Biên", AdminLevel.DISTRICT, "HN", D2003, D2025));
	}

	@Test
	void aWardInsideItsDistrictsValidityIsAccepted() {
		assertThat(codes(new UnitDraft("DG", "Đức Giang", AdminLevel.WARD, "LB", D2003, D2025))).isEmpty();
	}

	@Test
	void aUnitCannotBeItsOwnAncestor() {
		put(new UnitDraft("A", "A", AdminLevel.WARD, "B", D2003, D2025));
		assertThat(codes(new UnitDraft("B", "B", AdminLevel.RESIDENTIAL_GROUP, "A", D2003, D2025)))
			.contains("unit.error.cycle");
		assertThat(codes(new UnitDraft("S", "S", AdminLevel.WARD, "S", D2003, null))).contains("unit.error.cycle");
	}

	@Test
	void theEndOfValidityMayNotPrecedeItsStart() {
		assertThat(codes(new UnitDraft("X", "X", AdminLevel.WARD, "LB", D2025, D2003)))
			.contains("unit.error.datesOutOfOrder");
	}

	@Test
	void aChildMustLieWithinItsParentsValidity() {
		assertThat(codes(new UnitDraft("LATE", "Sau", AdminLevel.WARD, "LB", LocalDate.of(2025, 7, 1), null)))
			.contains("unit.error.outsideParentValidity");
		assertThat(codes(new UnitDraft("OPEN", "Mở", AdminLevel.WARD, "LB", D2003, null)))
			.contains("unit.error.outsideParentValidity");
	}

	@Test
	void shorteningAParentBelowItsChildrenIsRefused() {
		put(new UnitDraft("DG", "Đức Giang", AdminLevel.WARD, "LB", D2003, D2025));
		assertThat(codes(new UnitDraft("LB", "Long Biên", AdminLevel.DISTRICT, "HN", D2003, LocalDate.of(2020, 1, 1))))
			.contains("unit.error.childOutsideValidity");
	}

	@Test
	void aParentMustBeAtAHigherLevelAndExist() {
		assertThat(codes(new UnitDraft("Q", "Q", AdminLevel.CITY, "LB", D2003, D2025)))
			.contains("unit.error.parentLevel");
		assertThat(codes(new UnitDraft("Z", "Z", AdminLevel.WARD, "NOWHERE", D2003, D2025)))
			.contains("unit.error.parentUnknown");
	}

	@Test
	void namesOfOnlySpacesOrTooLongAreRefused() {
		assertThat(codes(new UnitDraft("N1", "   ", AdminLevel.WARD, "LB", D2003, D2025)))
			.contains("field.error.nameRequired");
		assertThat(codes(new UnitDraft("N2", "x".repeat(500), AdminLevel.WARD, "LB", D2003, D2025)))
			.contains("field.error.nameTooLong");
		assertThat(codes(new UnitDraft("có dấu", "Tên", AdminLevel.WARD, "LB", D2003, D2025)))
			.contains("field.error.codeFormat");
	}

}
