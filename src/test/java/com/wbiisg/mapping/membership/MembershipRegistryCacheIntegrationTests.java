package com.wbiisg.mapping.membership;

import java.util.List;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.support.WithFullSignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry is read once and kept for readers until it changes: readers see every
 * committed change at once, writers see their own changes before they commit, and a
 * change rolled back leaves nothing behind.
 */
@IntegrationTest
@WithFullSignIn(roles = "SECRETARIAT")
class MembershipRegistryCacheIntegrationTests {

	@Autowired
	private Membership membership;

	@Autowired
	private OrganisationRegistration registration;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void readersSeeAnOrganisationRegisteredAfterTheyReadTheRegistry() {
		assertThat(shortNames()).doesNotContain("CACHE-A");
		this.registration.registerNonMember("Cache Test Agency A", "CACHE-A", IatiOrganisationType.GOVERNMENT, null);
		assertThat(shortNames()).contains("CACHE-A");
	}

	@Test
	void aWriterSeesItsOwnNewOrganisationBeforeItCommits() {
		assertThat(shortNames()).doesNotContain("CACHE-B");
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.registration.registerNonMember("Cache Test Agency B", "CACHE-B", IatiOrganisationType.GOVERNMENT,
					null);
			assertThat(shortNames()).contains("CACHE-B");
			status.setRollbackOnly();
		});
		assertThat(shortNames()).doesNotContain("CACHE-B");
	}

	private List<String> shortNames() {
		return this.membership.organisations().stream().map(Organisation::shortName).toList();
	}

}
