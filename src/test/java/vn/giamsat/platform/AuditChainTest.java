package vn.giamsat.platform;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.platform.audit.AuditChainVerifier;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit chain catches an edited row, a deleted row in the middle and deleted newest
 * rows. Each test tampers inside its own transaction, which is rolled back, so the shared
 * log stays whole.
 */
@IntegrationTest
@Transactional
class AuditChainTest {

	@Autowired
	AuditLog audit;

	@Autowired
	AuditChainVerifier verifier;

	@Autowired
	JdbcClient jdbc;

	long appendThree() {
		audit.record("UPDATE", "Test", "a", Map.of("v", 1), Map.of("v", 2));
		audit.record("UPDATE", "Test", "b", Map.of("v", 2), Map.of("v", 3));
		audit.record("UPDATE", "Test", "c", Map.of("v", 3), Map.of("v", 4));
		return jdbc.sql("select max(id) from audit_event").query(Long.class).single();
	}

	@Test
	void anUntouchedLogVerifies() {
		appendThree();
		var result = verifier.verify();
		assertThat(result.intact()).isTrue();
		assertThat(result.rowsChecked()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void editingARowIsDetectedAtThatRow() {
		long last = appendThree();
		jdbc.sql("update audit_event set after_state = '{\"v\":99}' where id = ?").param(last - 1).update();
		var result = verifier.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.brokenAtId()).isEqualTo(last - 1);
		assertThat(result.reasonCode()).isEqualTo("audit.verify.contentChanged");
	}

	@Test
	void deletingARowInTheMiddleBreaksTheLinkOfTheNextRow() {
		long last = appendThree();
		jdbc.sql("delete from audit_event where id = ?").param(last - 1).update();
		var result = verifier.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.brokenAtId()).isEqualTo(last);
		assertThat(result.reasonCode()).isEqualTo("audit.verify.linkBroken");
	}

	@Test
	void deletingTheNewestRowsIsDetectedAgainstTheHead() {
		long last = appendThree();
		jdbc.sql("delete from audit_event where id >= ?").param(last - 1).update();
		var result = verifier.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.reasonCode()).isEqualTo("audit.verify.tailDeleted");
	}

	@Test
	void batchAppendsContinueTheSameChain() {
		appendThree();
		audit.recordAll(java.util.List.of(
				new vn.giamsat.platform.audit.AuditRecord("CREATE", "Test", "d", null, Map.of("v", 5)),
				new vn.giamsat.platform.audit.AuditRecord("CREATE", "Test", "e", null, Map.of("v", 6))));
		audit.record("UPDATE", "Test", "f", null, null);
		assertThat(verifier.verify().intact()).isTrue();
	}

}
