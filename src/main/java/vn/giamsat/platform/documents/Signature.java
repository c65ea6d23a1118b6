package vn.giamsat.platform.documents;

import java.util.Objects;

/**
 * The signature block at the bottom right of a document.
 *
 * <p>
 * Decree 30/2020/NĐ-CP prints the signing authority ("TM. BAN THƯỜNG TRỰC", "KT. CHỦ
 * TỊCH") and the signer's position ("CHỦ TỊCH") in bold capitals, then leaves room for
 * the hand signature and seal, then the full name in bold.
 *
 * @param authority capacity in which the signer signs; {@code null} or blank when signing
 * in their own name
 * @param position the signer's position, e.g. "CHỦ TỊCH"; required
 * @param fullName the signer's full name, e.g. "Nguyễn Văn An"; required
 */
public record Signature(String authority, String position, String fullName) {

	public Signature {
		Objects.requireNonNull(position, "position");
		Objects.requireNonNull(fullName, "fullName");
		authority = authority == null || authority.isBlank() ? null : authority;
	}

	/** Whether an authority line ("TM. ...", "KT. ...") is printed above the position. */
	public boolean hasAuthority() {
		return authority != null;
	}
}
