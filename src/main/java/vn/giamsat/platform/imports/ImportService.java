package vn.giamsat.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.web.NotFoundException;

/**
 * Runs an import end to end: finds the dataset, checks the role, spools the upload
 * (enforcing the size limit), and runs the dataset inside one transaction so that a
 * failure in any batch leaves nothing written.
 */
@Service
public class ImportService {

	private final Map<String, ImportDataset> datasets;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	ImportService(List<ImportDataset> datasets, TransactionTemplate transactions, AuditLog audit) {
		this.datasets = datasets.stream().collect(Collectors.toMap(ImportDataset::name, Function.identity()));
		this.transactions = transactions;
		this.audit = audit;
	}

	public List<ImportDataset> datasets() {
		return datasets.values().stream().sorted(java.util.Comparator.comparing(ImportDataset::name)).toList();
	}

	public Optional<ImportDataset> dataset(String name) {
		return Optional.ofNullable(datasets.get(name));
	}

	public ImportDataset require(String name, AccessScope scope) {
		ImportDataset dataset = dataset(name).orElseThrow(NotFoundException::new);
		if (!dataset.allowedRoles().contains(scope.role())) {
			throw new OutOfScopeException();
		}
		return dataset;
	}

	/**
	 * @throws ImportRejectedException with every error; nothing is written then
	 */
	public ImportOutcome importFile(String name, InputStream in, String fileName, AccessScope scope) {
		ImportDataset dataset = require(name, scope);
		try (ImportSource source = ImportSource.spool(in, fileName == null ? "" : fileName, ImportLimits.DEFAULTS)) {
			ImportOutcome outcome = transactions.execute(tx -> dataset.run(source, scope));
			audit.record("IMPORT", "Import:" + name, fileName, null,
					Map.of("created", outcome.created(), "updated", outcome.updated()));
			return outcome;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
