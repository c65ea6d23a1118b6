package vn.giamsat.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficialDocumentTest {

	@Test
	void prefixesTheNumberWithSo() {
		assertThat(SampleDocuments.plan().numberLine()).isEqualTo("Số: 12/KH-MTTQ-BTT");
	}

	@Test
	void referencesTheMainDocumentFromItsAnnexesInSentenceCase() {
		assertThat(SampleDocuments.plan().annexReference())
			.isEqualTo("(Kèm theo Kế hoạch số 12/KH-MTTQ-BTT ngày 15/01/2026)");
	}

	@Test
	void splitsIssuerNamesAtExplicitLineBreaks() {
		Issuer issuer = new Issuer("ỦY BAN MTTQ VIỆT NAM\nTHÀNH PHỐ HÀ NỘI", "BAN THƯỜNG TRỰC");

		assertThat(issuer.parentLines()).containsExactly("ỦY BAN MTTQ VIỆT NAM", "THÀNH PHỐ HÀ NỘI");
		assertThat(issuer.issuingLines()).containsExactly("BAN THƯỜNG TRỰC");
		assertThat(Issuer.of("BAN THƯỜNG TRỰC").parentLines()).isEmpty();
	}

	@Test
	void rejectsTableRowsThatDoNotMatchTheHeader() {
		assertThatThrownBy(() -> Block.table(List.of("STT", "Họ và tên"), List.of(List.of("1"))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("1 cells");
	}

	@Test
	void printsMissingTableCellsAsBlank() {
		Block.Table table = Block.table(List.of("STT", "Ghi chú"), List.of(Arrays.asList("1", null)));

		assertThat(table.rows().get(0)).containsExactly("1", "");
	}

	@Test
	void sharesTableWidthByColumnWeights() {
		Block.Table table = Block.table(List.of("STT", "Họ và tên"), List.of()).withColumnWeights(1, 3);

		assertThat(table.widthShare(0)).isEqualTo(0.25);
		assertThat(table.widthShare(1)).isEqualTo(0.75);
	}

	@Test
	void cleansDecomposedAndControlCharactersBeforeRendering() {
		String decomposed = java.text.Normalizer.normalize("Hạnh phúc", java.text.Normalizer.Form.NFD);

		assertThat(DocumentText.clean(decomposed + "\u0001\tx")).isEqualTo("Hạnh phúc x");
	}

}
