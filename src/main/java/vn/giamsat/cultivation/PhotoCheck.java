package vn.giamsat.cultivation;

/**
 * Recognises an uploaded photo by its first bytes, never by its name or the browser's
 * declared type: a renamed executable is not an image.
 */
final class PhotoCheck {

	private PhotoCheck() {
	}

	/**
	 * The image's media type, or null when the bytes are not a JPEG, PNG or WebP image.
	 */
	static String imageType(byte[] b) {
		if (b == null || b.length < 12) {
			return null;
		}
		if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		if ((b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D && b[5] == 0x0A) {
			return "image/png";
		}
		if (b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B'
				&& b[11] == 'P') {
			return "image/webp";
		}
		return null;
	}

}
