package vn.giamsat.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The serif fonts shipped in {@code /fonts} and what the renderers need from them.
 *
 * <p>
 * Liberation Serif 2 (SIL OFL) has the same metrics as Times New Roman, which Decree 30
 * practice uses, and covers all Vietnamese letters; shipping it means PDFs look the same
 * on every server instead of depending on installed fonts. The files are read once per
 * JVM; advance widths are copied into arrays up front so that measuring text needs no
 * locks.
 */
final class DocumentFonts {

	/** Family name the PDF stylesheet refers to. */
	static final String PDF_FAMILY = "Liberation Serif";

	/**
	 * Font name written into DOCX; the users' Word has it and it has the same metrics.
	 */
	static final String DOCX_FAMILY = "Times New Roman";

	/** The four faces of the family. */
	enum Face {

		REGULAR("LiberationSerif-Regular.ttf", 400, false), BOLD("LiberationSerif-Bold.ttf", 700, false),
		ITALIC("LiberationSerif-Italic.ttf", 400, true), BOLD_ITALIC("LiberationSerif-BoldItalic.ttf", 700, true);

		final String file;

		final int weight;

		final boolean italic;

		Face(String file, int weight, boolean italic) {
			this.file = file;
			this.weight = weight;
			this.italic = italic;
		}

	}

	/**
	 * Covers Latin, combining marks and Latin Extended Additional (all Vietnamese
	 * letters).
	 */
	private static final int MEASURED_CODE_POINTS = 0x2100;

	private DocumentFonts() {
	}

	/** The TTF file of a face; callers must not modify the array. */
	static byte[] bytes(Face face) {
		return Loaded.BYTES.get(face);
	}

	/**
	 * Width in points of {@code text} set in {@code face} at {@code sizePt}, without
	 * kerning.
	 */
	static double widthPt(String text, Face face, double sizePt) {
		int[] widths = Loaded.WIDTHS.get(face);
		long units = 0;
		for (int cp : text.codePoints().toArray()) {
			units += cp < MEASURED_CODE_POINTS ? widths[cp] : widths['M'];
		}
		return units * sizePt / 1000.0;
	}

	/** Lazy holder: the JVM runs this once, thread-safely, on first use. */
	private static final class Loaded {

		static final Map<Face, byte[]> BYTES = new EnumMap<>(Face.class);
		static final Map<Face, int[]> WIDTHS = new EnumMap<>(Face.class);

		static {
			for (Face face : Face.values()) {
				byte[] data = read(face.file);
				BYTES.put(face, data);
				WIDTHS.put(face, advanceWidths(data, face.file));
			}
		}

		private static byte[] read(String file) {
			try (InputStream in = DocumentFonts.class.getResourceAsStream("/fonts/" + file)) {
				if (in == null) {
					throw new IllegalStateException("font resource /fonts/" + file + " is missing");
				}
				return in.readAllBytes();
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot read font " + file, e);
			}
		}

		/** Advance widths in thousandths of an em, indexed by code point. */
		private static int[] advanceWidths(byte[] data, String file) {
			try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
				CmapLookup cmap = font.getUnicodeCmapLookup();
				double scale = 1000.0 / font.getUnitsPerEm();
				int[] widths = new int[MEASURED_CODE_POINTS];
				for (int cp = 0; cp < MEASURED_CODE_POINTS; cp++) {
					widths[cp] = (int) Math.round(font.getAdvanceWidth(cmap.getGlyphId(cp)) * scale);
				}
				return widths;
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot parse font " + file, e);
			}
		}

	}

}
