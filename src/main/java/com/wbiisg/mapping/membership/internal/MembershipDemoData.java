package com.wbiisg.mapping.membership.internal;

import java.util.List;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.membership.IatiOrganisationType;
import com.wbiisg.mapping.membership.MemberCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for membership, in the demo profile only: the organisations that are not IISG
 * members but fund or implement the real projects of the demo response mapping (facts §4,
 * "Countering Serious Crime in the Western Balkans – IPA 2019": funded by BMZ,
 * implemented with CILC). Runs after the membership seeder and before the responses demo
 * data, and adds only those that are missing, so running it again adds nothing.
 *
 * <p>
 * The facts name these organisations but not their IATI organisation type or identifier;
 * the types here are our classification, and no identifier is recorded.
 */
@Component
@Profile("demo")
@Order(45)
class MembershipDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MembershipDemoData.class);

	private final OrganisationRepository organisations;

	private final AuditTrail audit;

	MembershipDemoData(OrganisationRepository organisations, AuditTrail audit) {
		this.organisations = organisations;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int added = 0;
		for (OrganisationData data : nonMembers()) {
			if (this.organisations.findByShortNameIgnoreCase(data.shortName()).isPresent()) {
				continue;
			}
			OrganisationEntity entity = this.organisations.save(new OrganisationEntity(data));
			this.audit.recordChange("SEED", "Organisation", entity.getId(),
					Changes.of().set("name", data.name()).set("category", data.category()));
			added++;
		}
		if (added > 0) {
			log.info("Seeded {} non-member organisations for the demo projects", added);
		}
	}

	static List<OrganisationData> nonMembers() {
		return List.of(
				nonMember("German Federal Ministry for Economic Cooperation and Development", "BMZ",
						IatiOrganisationType.GOVERNMENT),
				nonMember("Center for International Legal Cooperation", "CILC",
						IatiOrganisationType.INTERNATIONAL_NGO));
	}

	private static OrganisationData nonMember(String name, String shortName, IatiOrganisationType type) {
		return new OrganisationData(name, shortName, type, null, MemberCategory.NON_MEMBER, null, null, null);
	}

}
