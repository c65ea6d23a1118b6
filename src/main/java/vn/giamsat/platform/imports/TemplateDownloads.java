package vn.giamsat.platform.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.NotFoundException;

/** Builds a dataset's template workbook in the user's language. */
@Component
class TemplateDownloads {

	private final ImportService imports;

	private final Messages messages;

	TemplateDownloads(ImportService imports, Messages messages) {
		this.imports = imports;
		this.messages = messages;
	}

	byte[] template(String dataset) {
		ImportDataset d = imports.dataset(dataset).orElseThrow(NotFoundException::new);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new XlsxTemplateWriter().write(d.columns(), messages::get, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
