package vn.giamsat.platform.imports;

import java.nio.file.Path;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.xml.sax.SAXException;

/**
 * Opening an Office Open XML upload (workbook or Word document) read-only and telling its
 * failures apart: the row handler's own rejection comes out untouched, anything POI or
 * the XML parser throws becomes "this is not a readable file" (or "zip bomb").
 */
final class OoxmlPackages {

	private OoxmlPackages() {
	}

	/** What to do with the opened package. */
	interface Reading {

		void read(OPCPackage pkg) throws Exception;

	}

	/**
	 * @param unreadable the message code for a file that cannot be read as this kind
	 */
	static void read(Path file, String unreadable, Reading reading) {
		XlsxRowReader.secureZip();
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (Exception e) {
			throw unreadable(e, unreadable);
		}
		try {
			reading.read(pkg);
		}
		catch (HandlerFailure e) {
			throw e.getCause();
		}
		catch (SAXException e) {
			if (e.getException() instanceof HandlerFailure failure) {
				throw failure.getCause();
			}
			throw unreadable(e, unreadable);
		}
		catch (ImportRejectedException e) {
			throw e;
		}
		catch (Exception e) {
			// only POI and the XML parser get here: the handler's own failures are
			// wrapped
			throw unreadable(e, unreadable);
		}
		finally {
			pkg.revert(); // close() would try to save a package opened read-only
		}
	}

	private static ImportRejectedException unreadable(Throwable e, String unreadable) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
			if (message.contains("zip bomb") || message.contains("max_entry_size")
					|| message.contains("maxentrysize")) {
				return ImportRejectedException.ofFile(ImportMessages.FILE_ZIP_BOMB);
			}
		}
		return ImportRejectedException.ofFile(unreadable);
	}

	/** Carries the row handler's own exception through SAX and POI untouched. */
	static final class HandlerFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		HandlerFailure(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}

	}

}
