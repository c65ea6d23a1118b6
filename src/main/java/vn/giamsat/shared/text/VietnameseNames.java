package vn.giamsat.shared.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * Orders full names the way Vietnamese officers sort a list of people: by given name (the
 * last word), then family name (the first word), then the middle names, each with ICU's
 * Vietnamese collation ({@code a < ă < â}, {@code d < đ}, tones as secondary
 * differences).
 *
 * <p>
 * {@link #sortKey(String)} gives the same order as a plain string, so a database column
 * with byte-wise collation ({@code COLLATE "C"} in PostgreSQL) can page through a sorted
 * list without ICU in the database.
 */
public final class VietnameseNames {

	/**
	 * A frozen ICU collator is immutable and thread-safe, so one instance serves every
	 * caller. Default (tertiary) strength: "Nguyễn" and "nguyễn" stay distinct but sort
	 * side by side.
	 */
	private static final Collator COLLATOR = Collator.getInstance(new ULocale("vi")).freeze();

	private static final Comparator<String> ORDER = (a, b) -> {
		Parts x = Parts.of(a);
		Parts y = Parts.of(b);
		int c = COLLATOR.compare(x.given, y.given);
		if (c == 0) {
			c = COLLATOR.compare(x.family, y.family);
		}
		if (c == 0) {
			c = COLLATOR.compare(x.middle, y.middle);
		}
		return c;
	};

	private VietnameseNames() {
	}

	/**
	 * Given name, then family name, then middle names; {@code null} sorts as an empty
	 * name.
	 */
	public static Comparator<String> comparator() {
		return ORDER;
	}

	/**
	 * A lower-case hex string whose plain (byte or {@link String#compareTo}) order equals
	 * {@link #comparator()}'s order.
	 *
	 * <p>
	 * It concatenates the ICU collation keys of given, family and middle names. Each ICU
	 * key ends with a {@code 00} byte and contains no other {@code 00}, so the terminator
	 * doubles as a separator lower than any key byte: a shorter given name that is a
	 * prefix of a longer one still sorts first, exactly as the collator decides. Hex
	 * digits keep byte order in ASCII. Keys depend on the ICU version: recompute the
	 * column after upgrading ICU.
	 */
	public static String sortKey(String fullName) {
		Parts p = Parts.of(fullName);
		byte[] given = COLLATOR.getCollationKey(p.given).toByteArray();
		byte[] family = COLLATOR.getCollationKey(p.family).toByteArray();
		byte[] middle = COLLATOR.getCollationKey(p.middle).toByteArray();
		byte[] all = new byte[given.length + family.length + middle.length];
		System.arraycopy(given, 0, all, 0, given.length);
		System.arraycopy(family, 0, all, given.length, family.length);
		System.arraycopy(middle, 0, all, given.length + family.length, middle.length);
		return HexFormat.of().formatHex(all);
	}

	/** The given name (last word) of a normalised full name, or "" for a blank one. */
	public static String givenName(String fullName) {
		return Parts.of(fullName).given;
	}

	/** A full name split as officers read it; a one-word name is a given name only. */
	private record Parts(String given, String family, String middle) {

		static Parts of(String fullName) {
			String name = fullName == null ? "" : VietnameseText.normalize(fullName);
			int last = name.lastIndexOf(' ');
			if (last < 0) {
				return new Parts(name, "", "");
			}
			int first = name.indexOf(' ');
			String middle = first == last ? "" : name.substring(first + 1, last);
			return new Parts(name.substring(last + 1), name.substring(0, first), middle);
		}
	}

}
