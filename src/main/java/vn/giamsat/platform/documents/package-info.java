/**
 * Official documents in the Decree 30/2020/NĐ-CP layout, rendered to DOCX and PDF.
 *
 * <p>
 * Features (supervision plans, decisions, notices, minutes, reports, letters) describe a
 * document once as an {@link vn.giamsat.platform.documents.OfficialDocument} and hand it
 * to {@link vn.giamsat.platform.documents.DocxRenderer} or
 * {@link vn.giamsat.platform.documents.PdfRenderer}; page geometry, fonts, escaping and
 * the Vietnamese date format live here only. The PDF embeds the Liberation Serif fonts
 * shipped in {@code /fonts} (SIL OFL, licence beside them).
 */
package vn.giamsat.platform.documents;
