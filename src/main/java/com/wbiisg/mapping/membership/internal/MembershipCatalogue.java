package com.wbiisg.mapping.membership.internal;

import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.membership.WorkingGroup;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class MembershipCatalogue implements Membership {

	private final OrganisationRepository organisations;

	private final PartnerRepository partners;

	private final WorkingGroupRepository groups;

	MembershipCatalogue(OrganisationRepository organisations, PartnerRepository partners,
			WorkingGroupRepository groups) {
		this.organisations = organisations;
		this.partners = partners;
		this.groups = groups;
	}

	@Override
	public List<Organisation> organisations() {
		return this.organisations.findAllByOrderByNameAsc().stream().map(OrganisationEntity::toView).toList();
	}

	@Override
	public Optional<Organisation> organisation(long id) {
		return this.organisations.findById(id).map(OrganisationEntity::toView);
	}

	@Override
	public List<Partner> partners() {
		return this.partners.findAllByOrderBySortOrderAsc().stream().map(PartnerEntity::toView).toList();
	}

	@Override
	public Optional<Partner> partner(String code) {
		return this.partners.findById(code).map(PartnerEntity::toView);
	}

	@Override
	public List<WorkingGroup> workingGroups() {
		return this.groups.findAllByOrderByNameAsc().stream().map(WorkingGroupEntity::toView).toList();
	}

	@Override
	public Optional<WorkingGroup> workingGroup(long id) {
		return this.groups.findById(id).map(WorkingGroupEntity::toView);
	}

	@Override
	public boolean leads(long organisationId, String initiative, @Nullable String pillar) {
		return workingGroups().stream()
			.anyMatch((group) -> group.covers(initiative, pillar) && group.leads().contains(organisationId));
	}

}
