package com.wbiisg.mapping.audit;

import java.util.List;
import java.util.UUID;

import com.wbiisg.mapping.ModuleTestSettings;
import com.wbiisg.mapping.audit.AuditFilter;
import com.wbiisg.mapping.audit.internal.AuditEntries;
import com.wbiisg.mapping.audit.internal.AuditEntry;
import com.wbiisg.mapping.web.ReadDenied;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit module with the web module, whose clock it uses: a denied read that the web
 * module announces becomes an entry of the audit trail.
 */
@ApplicationModuleTest(extraIncludes = "web")
@ModuleTestSettings
class AuditEventsIntegrationTests {

	private final AuditEntries entries;

	AuditEventsIntegrationTests(AuditEntries entries) {
		this.entries = entries;
	}

	@Test
	void recordsADeniedReadWithWhoAskedWhatAndWhere(Scenario scenario) {
		String user = "probe." + UUID.randomUUID().toString().substring(0, 8);

		scenario.publish(new ReadDenied(user, "Need", "42", "GET /api/v1/needs/42"))
			.andWaitForStateChange(() -> of(user), (found) -> !found.isEmpty())
			.andVerify((found) -> assertThat(found).singleElement().satisfies((entry) -> {
				assertThat(entry.getAction()).isEqualTo("READ_DENIED");
				assertThat(entry.getRecordType()).isEqualTo("Need");
				assertThat(entry.getRecordId()).isEqualTo("42");
				assertThat(entry.getChanges()).contains("GET /api/v1/needs/42");
			}));
	}

	private List<AuditEntry> of(String user) {
		return this.entries.search(new AuditFilter(user, "READ_DENIED", null, null, null), 0, 10).getContent();
	}

}
