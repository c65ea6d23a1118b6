package vn.giamsat.platform.files;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * The one check of uploaded files: how many, how large, and which type judged by the
 * content bytes ({@link FileType#of}). Each module keeps its own message codes, so users
 * read the same reasons as before; the arguments are always the same:
 * <ul>
 * <li>wrong type and empty file: {0} the file's name;</li>
 * <li>too large: {0} the file's name, {1} the limit in MB;</li>
 * <li>too many files: {0} the most files allowed.</li>
 * </ul>
 * Immutable: build it once, e.g.
 * {@code UploadCheck.accepting(JPEG, PNG).field("photo").maxBytes(5 MB).refusals(...)}.
 */
public final class UploadCheck {

	private static final long MB = 1024L * 1024;

	private final Set<FileType> allowed;

	private final String field;

	private final long maxBytes;

	private final int maxFiles;

	private final boolean nameMustFit;

	private final String wrongType;

	private final String tooLarge;

	private final String empty;

	private final String tooMany;

	private UploadCheck(Set<FileType> allowed, String field, long maxBytes, int maxFiles, boolean nameMustFit,
			String wrongType, String tooLarge, String empty, String tooMany) {
		this.allowed = allowed;
		this.field = field;
		this.maxBytes = maxBytes;
		this.maxFiles = maxFiles;
		this.nameMustFit = nameMustFit;
		this.wrongType = wrongType;
		this.tooLarge = tooLarge;
		this.empty = empty;
		this.tooMany = tooMany;
	}

	/** Files of these types, 5 MB each, one file, reported on field "file". */
	public static UploadCheck accepting(FileType first, FileType... more) {
		return new UploadCheck(Collections.unmodifiableSet(EnumSet.of(first, more)), "file", 5 * MB, 1, false,
				"upload.error.fileType", "upload.error.fileTooLarge", null, "upload.error.tooManyFiles");
	}

	/** The form field the problems concern. */
	public UploadCheck field(String field) {
		return new UploadCheck(this.allowed, field, this.maxBytes, this.maxFiles, this.nameMustFit, this.wrongType,
				this.tooLarge, this.empty, this.tooMany);
	}

	public UploadCheck maxBytes(long maxBytes) {
		return new UploadCheck(this.allowed, this.field, maxBytes, this.maxFiles, this.nameMustFit, this.wrongType,
				this.tooLarge, this.empty, this.tooMany);
	}

	/** The most files in one upload, refused with {@code tooManyCode}. */
	public UploadCheck maxFiles(int maxFiles, String tooManyCode) {
		return new UploadCheck(this.allowed, this.field, this.maxBytes, maxFiles, this.nameMustFit, this.wrongType,
				this.tooLarge, this.empty, tooManyCode);
	}

	/**
	 * Also refuse a file whose name does not end like its content (a PDF named
	 * {@code .docx}), with the wrong-type message.
	 */
	public UploadCheck nameMustFit() {
		return new UploadCheck(this.allowed, this.field, this.maxBytes, this.maxFiles, true, this.wrongType,
				this.tooLarge, this.empty, this.tooMany);
	}

	/** The module's message codes for a file of the wrong type and one too large. */
	public UploadCheck refusals(String wrongTypeCode, String tooLargeCode) {
		return new UploadCheck(this.allowed, this.field, this.maxBytes, this.maxFiles, this.nameMustFit, wrongTypeCode,
				tooLargeCode, this.empty, this.tooMany);
	}

	/** The message for a missing or empty file; without it, the wrong-type message. */
	public UploadCheck whenEmpty(String emptyCode) {
		return new UploadCheck(this.allowed, this.field, this.maxBytes, this.maxFiles, this.nameMustFit, this.wrongType,
				this.tooLarge, emptyCode, this.tooMany);
	}

	public long maxBytes() {
		return this.maxBytes;
	}

	public int maxFiles() {
		return this.maxFiles;
	}

	public Set<FileType> allowed() {
		return this.allowed;
	}

	/**
	 * Checks one file: empty, then size, then type.
	 * @return the type recognised, or empty after adding the reason to {@code problems}
	 */
	public Optional<FileType> check(String fileName, byte[] content, List<Problem> problems) {
		String name = displayName(fileName);
		if (content == null || content.length == 0) {
			problems.add(Problem.of(this.field, this.empty == null ? this.wrongType : this.empty, name));
			return Optional.empty();
		}
		if (content.length > this.maxBytes) {
			problems.add(Problem.of(this.field, this.tooLarge, name, this.maxBytes / MB));
			return Optional.empty();
		}
		Optional<FileType> type = FileType.of(content).filter(this.allowed::contains);
		if (type.isEmpty() || (this.nameMustFit && !type.get().fitsName(fileName))) {
			problems.add(Problem.of(this.field, this.wrongType, name));
			return Optional.empty();
		}
		return type;
	}

	/**
	 * Checks the number of files, then each file.
	 * @return the types recognised, in the files' order, or an empty list after adding
	 * the reasons to {@code problems} (too many files are refused without looking inside)
	 */
	public <T> List<FileType> checkAll(List<T> files, Function<T, String> name, Function<T, byte[]> content,
			List<Problem> problems) {
		if (files.size() > this.maxFiles) {
			problems.add(Problem.of(this.field, this.tooMany, this.maxFiles));
			return List.of();
		}
		List<FileType> types = new ArrayList<>();
		boolean refused = false;
		for (T f : files) {
			Optional<FileType> type = check(name.apply(f), content.apply(f), problems);
			refused |= type.isEmpty();
			type.ifPresent(types::add);
		}
		return refused ? List.of() : List.copyOf(types);
	}

	/**
	 * @return the type recognised
	 * @throws UserInputException with the reason, before anything is written
	 */
	public FileType require(String fileName, byte[] content) {
		List<Problem> problems = new ArrayList<>();
		return check(fileName, content, problems).orElseThrow(() -> new UserInputException(problems));
	}

	/** The name shown back and stored: no path, nothing longer than 200 characters. */
	public static String displayName(String fileName) {
		String n = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
		n = n.isEmpty() ? "tep" : n;
		return n.length() > 200 ? n.substring(n.length() - 200) : n;
	}

}
