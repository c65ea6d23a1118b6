package vn.giamsat.platform.imports;

import java.util.Set;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;

/**
 * A dataset that can be imported from XLSX or CSV ({@code /api/v1/imports/{name}} and the
 * import page). Declared by the module that owns the data, found by the platform by name,
 * so that the import engine knows no domain.
 */
public interface ImportDataset {

	/**
	 * The dataset's name in URLs: {@code units}, {@code organisations}, {@code people}, …
	 */
	String name();

	/** Message key of the dataset's title on the import page. */
	default String titleKey() {
		return "imports.dataset." + name();
	}

	ImportColumns columns();

	/**
	 * Whether the dataset also reads the data table of a Word document ({@code .docx}),
	 * with {@link TwoPassImport#acceptingWordTables()}; the import page then offers
	 * {@code .docx} files too. XLSX and CSV are always accepted.
	 */
	default boolean acceptsWordTables() {
		return false;
	}

	/** Roles that may import this dataset; rows must also lie in the importer's scope. */
	Set<Role> allowedRoles();

	/**
	 * Validates every row, then writes all or nothing (the caller's transaction).
	 * @throws ImportRejectedException with every error found; nothing is written then
	 */
	ImportOutcome run(ImportSource source, AccessScope scope);

}
