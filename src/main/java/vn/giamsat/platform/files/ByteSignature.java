package vn.giamsat.platform.files;

/**
 * The first bytes that identify a file format, shared by the upload checks and the import
 * engine, so that "is this a PDF?" has one answer in the product.
 */
public enum ByteSignature {

	JPEG(0xFF, 0xD8, 0xFF),

	PNG(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),

	/** {@code RIFF}, four bytes of length, then {@code WEBP}. */
	WEBP('R', 'I', 'F', 'F'),

	PDF('%', 'P', 'D', 'F', '-'),

	/** A ZIP archive: XLSX, DOCX and any other Office Open XML file. */
	ZIP('P', 'K', 3, 4),

	/** The compound file of Office 97–2003 ({@code .xls}, {@code .doc}). */
	OLE2(0xD0, 0xCF, 0x11, 0xE0);

	private final int[] magic;

	ByteSignature(int... magic) {
		this.magic = magic;
	}

	/** Whether the bytes (the whole file or only its head) start with this signature. */
	public boolean matches(byte[] head) {
		if (!startsAt(head, 0, this.magic)) {
			return false;
		}
		return this != WEBP || (head.length >= 12 && startsAt(head, 8, 'W', 'E', 'B', 'P'));
	}

	private static boolean startsAt(byte[] head, int offset, int... magic) {
		if (head == null || head.length < offset + magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((head[offset + i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
