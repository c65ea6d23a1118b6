package vn.giamsat.platform.imports;

import vn.giamsat.shared.text.VietnameseText;

/** Header spelling rules kept apart so the template writer and the matcher share them. */
final class HeaderNames {

	private HeaderNames() {
	}

	/**
	 * {@code Mã đơn vị}, {@code ma_don_vi} and {@code MA DON VI} all become
	 * {@code madonvi}. Everything but letters and digits is dropped (not only spaces and
	 * underscores) so that a header like {@code Mã đơn vị (*)} or {@code Mã-đơn-vị} still
	 * matches.
	 */
	static String fold(String header) {
		String folded = VietnameseText.fold(header);
		return folded == null ? "" : folded.replaceAll("[^a-z0-9]", "");
	}

	/**
	 * Spreadsheet column letters (0 → A, 26 → AA): users find columns by letter, not
	 * index.
	 */
	static String columnLetter(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

}
