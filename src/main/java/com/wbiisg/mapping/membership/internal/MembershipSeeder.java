package com.wbiisg.mapping.membership.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.membership.IatiOrganisationType;
import com.wbiisg.mapping.membership.MemberCategory;
import com.wbiisg.mapping.membership.OrganisationData;
import com.wbiisg.mapping.membership.WorkingGroupData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the IISG membership as it stood in early 2021 (facts §1) on an empty database:
 * the members listed by the ToR, the observers who attend meetings, and the WBCTi working
 * group led by Slovenia and Austria.
 */
@Component
@Order(20)
class MembershipSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MembershipSeeder.class);

	private static final LocalDate FIRST_BOARD = LocalDate.of(2017, 9, 8);

	private static final String BOARD_MEMBER = "1st IISG Board, Brdo pri Kranju, 8 September 2017: ToR endorsed";

	private static final LocalDate NEW_TOR = LocalDate.of(2019, 11, 18);

	private static final String FORMER_LEAD = "ToR art. 2.1 (4th IISG Board, Skopje, 18 November 2019): former lead partners are members";

	private static final String TOR_MEMBER = "Listed as a member in the IISG Terms of Reference";

	private static final String OBSERVER = "Attends IISG meetings";

	private final OrganisationRepository organisations;

	private final WorkingGroupRepository groups;

	private final AuditTrail audit;

	MembershipSeeder(OrganisationRepository organisations, WorkingGroupRepository groups, AuditTrail audit) {
		this.organisations = organisations;
		this.groups = groups;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.organisations.count() > 0) {
			return;
		}
		Map<String, Long> ids = new HashMap<>();
		for (OrganisationData data : members()) {
			OrganisationEntity entity = this.organisations.save(new OrganisationEntity(data));
			ids.put(data.shortName(), entity.getId());
			this.audit.recordChange("SEED", "Organisation", entity.getId(), Changes.of().set("name", data.name()));
		}
		List<Long> wbctiMembers = List
			.of("AL", "BA", "XK", "ME", "MK", "RS", "EC", "RCC", "AT", "SI", "IT", "UNODC", "PCC SEE", "DCAF", "FR",
					"UK", "OSCE", "GIZ")
			.stream()
			.map(ids::get)
			.toList();
		WorkingGroupEntity wbcti = this.groups
			.save(new WorkingGroupEntity(new WorkingGroupData("WBCTi Pillar Working Group", "WBCTi", null,
					List.of(ids.get("SI"), ids.get("AT")), wbctiMembers)));
		this.audit.recordChange("SEED", "WorkingGroup", wbcti.getId(),
				Changes.of().set("name", "WBCTi Pillar Working Group"));
		log.info("Seeded {} organisations and the WBCTi working group", ids.size());
	}

	private static List<OrganisationData> members() {
		return List.of(
				org("European Commission", "EC", IatiOrganisationType.OTHER_PUBLIC_SECTOR,
						MemberCategory.EU_INSTITUTION, null, FIRST_BOARD, BOARD_MEMBER),
				org("European External Action Service", "EEAS", IatiOrganisationType.OTHER_PUBLIC_SECTOR,
						MemberCategory.EU_INSTITUTION, null, null, TOR_MEMBER),
				org("Albania", "AL", IatiOrganisationType.GOVERNMENT, MemberCategory.WB_PARTNER, "AL", FIRST_BOARD,
						BOARD_MEMBER),
				org("Bosnia and Herzegovina", "BA", IatiOrganisationType.GOVERNMENT, MemberCategory.WB_PARTNER, "BA",
						FIRST_BOARD, BOARD_MEMBER),
				org("Kosovo*", "XK", IatiOrganisationType.GOVERNMENT, MemberCategory.WB_PARTNER, "XK", FIRST_BOARD,
						BOARD_MEMBER),
				org("Montenegro", "ME", IatiOrganisationType.GOVERNMENT, MemberCategory.WB_PARTNER, "ME", FIRST_BOARD,
						BOARD_MEMBER),
				org("North Macedonia", "MK", IatiOrganisationType.GOVERNMENT, MemberCategory.WB_PARTNER, "MK",
						FIRST_BOARD, BOARD_MEMBER),
				org("Serbia", "RS", IatiOrganisationType.GOVERNMENT, MemberCategory.WB_PARTNER, "RS", FIRST_BOARD,
						BOARD_MEMBER),
				org("Regional Cooperation Council", "RCC", IatiOrganisationType.MULTILATERAL,
						MemberCategory.REGIONAL_ORGANISATION, null, null,
						TOR_MEMBER + "; hosts the IISG Secretariat since 1 April 2020"),
				org("Austria", "AT", IatiOrganisationType.GOVERNMENT, MemberCategory.MEMBER_STATE, null, NEW_TOR,
						FORMER_LEAD),
				org("Slovenia", "SI", IatiOrganisationType.GOVERNMENT, MemberCategory.MEMBER_STATE, null, NEW_TOR,
						FORMER_LEAD),
				org("France", "FR", IatiOrganisationType.GOVERNMENT, MemberCategory.MEMBER_STATE, null, null,
						TOR_MEMBER),
				org("Italy", "IT", IatiOrganisationType.GOVERNMENT, MemberCategory.MEMBER_STATE, null, null,
						TOR_MEMBER),
				org("United Kingdom", "UK", IatiOrganisationType.GOVERNMENT, MemberCategory.MEMBER_STATE, null, null,
						TOR_MEMBER),
				org("United Nations Office on Drugs and Crime", "UNODC", IatiOrganisationType.MULTILATERAL,
						MemberCategory.INTERNATIONAL_ORGANISATION, null, NEW_TOR, FORMER_LEAD),
				org("Police Cooperation Convention for Southeast Europe Secretariat", "PCC SEE",
						IatiOrganisationType.MULTILATERAL, MemberCategory.REGIONAL_ORGANISATION, null, NEW_TOR,
						FORMER_LEAD),
				org("DCAF Ljubljana", "DCAF", IatiOrganisationType.FOUNDATION,
						MemberCategory.INTERNATIONAL_ORGANISATION, null, NEW_TOR, FORMER_LEAD),
				org("OSCE Mission to Bosnia and Herzegovina", "OSCE", IatiOrganisationType.MULTILATERAL,
						MemberCategory.INTERNATIONAL_ORGANISATION, null, null, TOR_MEMBER),
				org("Deutsche Gesellschaft für Internationale Zusammenarbeit", "GIZ", IatiOrganisationType.GOVERNMENT,
						MemberCategory.INTERNATIONAL_ORGANISATION, null, null, TOR_MEMBER),
				org("Migration, Asylum, Refugees Regional Initiative", "MARRI", IatiOrganisationType.MULTILATERAL,
						MemberCategory.REGIONAL_ORGANISATION, null, null, TOR_MEMBER),
				org("Greece", "GR", IatiOrganisationType.GOVERNMENT, MemberCategory.OBSERVER, null, null, OBSERVER),
				org("United States of America", "US", IatiOrganisationType.GOVERNMENT, MemberCategory.OBSERVER, null,
						null, OBSERVER),
				org("European Union Agency for Law Enforcement Training", "CEPOL",
						IatiOrganisationType.OTHER_PUBLIC_SECTOR, MemberCategory.OBSERVER, null, null, OBSERVER),
				org("European Border and Coast Guard Agency", "FRONTEX", IatiOrganisationType.OTHER_PUBLIC_SECTOR,
						MemberCategory.OBSERVER, null, null, OBSERVER),
				org("International Organization for Migration", "IOM", IatiOrganisationType.MULTILATERAL,
						MemberCategory.OBSERVER, null, null, OBSERVER));
	}

	private static OrganisationData org(String name, String shortName, IatiOrganisationType type,
			MemberCategory category, @Nullable String partner, @Nullable LocalDate joinedOn, String joinedBy) {
		return new OrganisationData(name, shortName, type, null, category, partner, joinedOn, joinedBy);
	}

}
