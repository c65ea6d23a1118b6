/**
 * The all-or-nothing import engine behind {@code POST /api/v1/imports/{dataset}}: reading
 * {@code .xlsx} and {@code .csv} uploads row by row, matching headers by name, validating
 * every row before anything is written, and writing the downloadable templates. It knows
 * no dataset; each module declares its {@link vn.giamsat.platform.imports.ImportColumns}
 * and supplies an {@link vn.giamsat.platform.imports.ImportHandler}. Messages are codes
 * resolved from {@code messages/imports*.properties}.
 */
package vn.giamsat.platform.imports;
