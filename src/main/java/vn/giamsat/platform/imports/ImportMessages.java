package vn.giamsat.platform.imports;

/**
 * The message codes of the import engine. Texts are in
 * {@code messages/imports.properties} (Vietnamese, the default) and
 * {@code messages/imports_en.properties}; a test checks that both files define every code
 * declared here. Arguments are listed as {@code {0}} ... in each comment.
 */
public final class ImportMessages {

	/** {0} the cap. */
	public static final String ERRORS_TRUNCATED = "import.errors.truncated";

	public static final String FILE_EMPTY = "import.file.empty";

	/** {0} the limit in MB. */
	public static final String FILE_TOO_LARGE = "import.file.tooLarge";

	public static final String FILE_PDF = "import.file.pdf";

	public static final String FILE_LEGACY_XLS = "import.file.legacyXls";

	/**
	 * Neither a workbook nor text: binary data, or HTML/XML exported under an Excel name.
	 */
	public static final String FILE_BINARY = "import.file.binary";

	/** Named .xlsx/.xls but is text (often a CSV renamed). */
	public static final String FILE_NOT_XLSX = "import.file.notXlsx";

	/** A ZIP, but without a readable workbook (a .docx, a plain zip, a damaged file). */
	public static final String FILE_NOT_WORKBOOK = "import.file.notWorkbook";

	/** A Word document ({@code .docx}) without any table. */
	public static final String FILE_DOCX_NO_TABLE = "import.file.docxNoTable";

	/** A ZIP that looked like a Word document but could not be read as one. */
	public static final String FILE_NOT_DOCUMENT = "import.file.notDocument";

	/** A ZIP whose content expands suspiciously (zip bomb) or beyond the entry limit. */
	public static final String FILE_ZIP_BOMB = "import.file.zipBomb";

	/** {0} row: the bytes of that row are not UTF-8. */
	public static final String FILE_NOT_UTF8 = "import.file.notUtf8";

	public static final String FILE_NO_HEADER = "import.file.noHeader";

	public static final String FILE_NO_ROWS = "import.file.noRows";

	/** {0} the limit. */
	public static final String FILE_TOO_MANY_ROWS = "import.file.tooManyRows";

	public static final String FILE_UNREADABLE = "import.file.unreadable";

	/** {0} row where the quoted cell starts. */
	public static final String CSV_UNCLOSED_QUOTE = "import.csv.unclosedQuote";

	/** {0} row: a character follows a closing quote. */
	public static final String CSV_BAD_QUOTE = "import.csv.badQuote";

	/** {0} the expected headers, comma-separated. */
	public static final String HEADER_NOT_FOUND = "import.header.notFound";

	/** {0} header label. */
	public static final String HEADER_MISSING = "import.header.missing";

	/** {0} header label, {1} first column letter, {2} second column letter. */
	public static final String HEADER_DUPLICATE = "import.header.duplicate";

	/** {0} header label. */
	public static final String FIELD_REQUIRED = "import.field.required";

	/** {0} header label, {1} maximum length, {2} actual length. */
	public static final String FIELD_TOO_LONG = "import.field.tooLong";

	/** {0} header label, {1} value. */
	public static final String FIELD_DATE = "import.field.date";

	/** {0} from label, {1} from value, {2} to label, {3} to value. */
	public static final String FIELD_DATE_ORDER = "import.field.dateOrder";

	/** {0} header label, {1} value. */
	public static final String FIELD_INTEGER = "import.field.integer";

	/** {0} header label, {1} value, {2} minimum, {3} maximum. */
	public static final String FIELD_RANGE = "import.field.range";

	/** {0} header label, {1} value, {2} allowed codes, comma-separated. */
	public static final String FIELD_CODE = "import.field.code";

	/** {0} header label, {1} value, {2} row where the value first appeared. */
	public static final String FIELD_DUPLICATE = "import.field.duplicate";

	public static final String TEMPLATE_DATA_SHEET = "import.template.dataSheet";

	public static final String TEMPLATE_GUIDE_SHEET = "import.template.guideSheet";

	public static final String TEMPLATE_INTRO = "import.template.intro";

	public static final String TEMPLATE_COL_HEADER = "import.template.col.header";

	public static final String TEMPLATE_COL_KEY = "import.template.col.key";

	public static final String TEMPLATE_COL_REQUIRED = "import.template.col.required";

	public static final String TEMPLATE_COL_FORMAT = "import.template.col.format";

	public static final String TEMPLATE_COL_ALLOWED = "import.template.col.allowed";

	public static final String TEMPLATE_COL_NOTE = "import.template.col.note";

	public static final String TEMPLATE_YES = "import.template.yes";

	public static final String TEMPLATE_NO = "import.template.no";

	/** Suffixed with a {@link ColumnType} name; {0} maximum length where it applies. */
	public static final String TEMPLATE_TYPE_PREFIX = "import.template.type.";

	private ImportMessages() {
	}

}
