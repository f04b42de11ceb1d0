package com.wbiisg.mapping.membership.internal;

import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.membership.WorkingGroup;
import com.wbiisg.mapping.shared.ChangeCount;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class MembershipCatalogue implements Membership {

	private final OrganisationRepository organisations;

	private final PartnerRepository partners;

	private final WorkingGroupRepository groups;

	private final RegistryGeneration changes;

	private final TransactionTemplate reads;

	/**
	 * The registry as last read, for readers outside transactions or in read-only ones:
	 * every page reads the partners, organisations and working groups (menus, filters,
	 * who sees which need), and they change seldom. Writers read the tables, so that they
	 * see their own changes; a reader served from here needs no connection.
	 */
	private volatile @Nullable Registry cached;

	MembershipCatalogue(OrganisationRepository organisations, PartnerRepository partners, WorkingGroupRepository groups,
			RegistryGeneration changes, PlatformTransactionManager transactions) {
		this.organisations = organisations;
		this.partners = partners;
		this.groups = groups;
		this.changes = changes;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	private Registry registry() {
		long generation = this.changes.current();
		Registry registry = this.cached;
		boolean reading = ChangeCount.cacheableRead();
		if (registry != null && registry.generation() == generation && reading) {
			return registry;
		}
		registry = this.reads.execute((status) -> new Registry(generation,
				this.organisations.findAllByOrderByNameAsc().stream().map(OrganisationEntity::toView).toList(),
				this.partners.findAllByOrderBySortOrderAsc().stream().map(PartnerEntity::toView).toList(),
				this.groups.findAllByOrderByNameAsc().stream().map(WorkingGroupEntity::toView).toList()));
		if (reading) {
			this.cached = registry;
		}
		return registry;
	}

	@Override
	public List<Organisation> organisations() {
		return registry().organisations();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Organisation> organisation(long id) {
		return this.organisations.findById(id).map(OrganisationEntity::toView);
	}

	@Override
	public List<Partner> partners() {
		return registry().partners();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Partner> partner(String code) {
		return this.partners.findById(code).map(PartnerEntity::toView);
	}

	@Override
	public List<WorkingGroup> workingGroups() {
		return registry().workingGroups();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<WorkingGroup> workingGroup(long id) {
		return this.groups.findById(id).map(WorkingGroupEntity::toView);
	}

	@Override
	public boolean leads(long organisationId, String initiative, @Nullable String pillar) {
		return workingGroups().stream()
			.anyMatch((group) -> group.covers(initiative, pillar) && group.leads().contains(organisationId));
	}

	private record Registry(long generation, List<Organisation> organisations, List<Partner> partners,
			List<WorkingGroup> workingGroups) {
	}

}
