package vn.giamsat.platform.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The issuing-authority block printed at the top left of every official document.
 *
 * <p>
 * Decree 30/2020/NĐ-CP puts the name of the directly superior body (if any) on the first
 * line in regular capitals and the issuing body in bold capitals below it, with a short
 * rule underneath. The Front uses its own names here, e.g. parent "ỦY BAN MTTQ VIỆT NAM
 * THÀNH PHỐ HÀ NỘI" and issuing body "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN LONG BIÊN".
 *
 * <p>
 * The column is narrow, so long names wrap. Put {@code \n} where a name should break
 * (e.g. "ỦY BAN MTTQ VIỆT NAM\nTHÀNH PHỐ HÀ NỘI") to control the wrapping as a typist
 * would.
 *
 * @param parentBody superior body, printed as given; {@code null} or blank when there is
 * none
 * @param issuingBody the body that issues the document; required
 */
public record Issuer(String parentBody, String issuingBody) {

	public Issuer {
		Objects.requireNonNull(issuingBody, "issuingBody");
		if (issuingBody.isBlank()) {
			throw new IllegalArgumentException("issuingBody must not be blank");
		}
		parentBody = parentBody == null || parentBody.isBlank() ? null : parentBody;
	}

	/** An issuer with no superior body line. */
	public static Issuer of(String issuingBody) {
		return new Issuer(null, issuingBody);
	}

	/** The superior body split at explicit line breaks; empty when there is none. */
	public List<String> parentLines() {
		return lines(parentBody);
	}

	/** The issuing body split at explicit line breaks. */
	public List<String> issuingLines() {
		return lines(issuingBody);
	}

	private static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** Whether the superior body line is printed. */
	public boolean hasParentBody() {
		return parentBody != null;
	}
}
