package vn.giamsat.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 reader that refuses malformed bytes instead of replacing them with U+FFFD, so a
 * CSV saved as Windows-1258 or Latin-1 is rejected rather than imported as mojibake.
 *
 * <p>
 * Unlike {@link java.io.InputStreamReader}, it first hands out every character decoded
 * before the bad bytes and only then throws, so the CSV parser knows the exact row to
 * blame.
 */
final class StrictUtf8Reader extends Reader {

	private final InputStream in;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();

	private final CharBuffer chars = CharBuffer.allocate(16 * 1024).flip();

	private boolean endOfInput;

	private boolean flushed;

	private CoderResult failure;

	StrictUtf8Reader(InputStream in) {
		this.in = in;
	}

	@Override
	public int read() throws IOException {
		if (!chars.hasRemaining() && !fill()) {
			return -1;
		}
		return chars.get();
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (!chars.hasRemaining() && !fill()) {
			return -1;
		}
		int n = Math.min(length, chars.remaining());
		chars.get(buffer, offset, n);
		return n;
	}

	/**
	 * Decodes the next chunk; false at the end, throws once the good characters are used
	 * up.
	 */
	private boolean fill() throws IOException {
		chars.clear();
		while (chars.position() == 0 && failure == null && !flushed) {
			if (!endOfInput) {
				bytes.compact();
				int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
				if (n < 0) {
					endOfInput = true;
				}
				else {
					bytes.position(bytes.position() + n);
				}
				bytes.flip();
			}
			CoderResult result = decoder.decode(bytes, chars, endOfInput);
			if (result.isError()) {
				failure = result;
			}
			else if (result.isUnderflow() && endOfInput) {
				decoder.flush(chars);
				flushed = true;
			}
		}
		chars.flip();
		if (chars.hasRemaining()) {
			return true;
		}
		if (failure != null) {
			throw new MalformedInputException(failure.length());
		}
		return false;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}
