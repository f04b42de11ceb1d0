package com.wbiisg.mapping.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.framework.FrameworkTree;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.membership.internal.OrganisationEntity;
import com.wbiisg.mapping.membership.internal.OrganisationRepository;
import com.wbiisg.mapping.membership.internal.PartnerEntity;
import com.wbiisg.mapping.membership.internal.PartnerRepository;
import com.wbiisg.mapping.membership.internal.WorkingGroupEntity;
import com.wbiisg.mapping.membership.internal.WorkingGroupRepository;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.MaxLength;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's use cases on membership: organisations, WB partners and working
 * groups. Every change is checked, versioned against lost updates and audited.
 */
@Service
@Transactional
@PreAuthorize("hasRole('SECRETARIAT')")
public class MembershipRegistry implements OrganisationRegistration, MemberAdmission {

	public static final RecordType ORGANISATION = RecordType.of("Organisation", "membership.record.organisation");

	public static final RecordType PARTNER = RecordType.of("Partner", "membership.record.partner");

	public static final RecordType WORKING_GROUP = RecordType.of("Working group", "membership.record.workingGroup");

	private final OrganisationRepository organisations;

	private final PartnerRepository partners;

	private final WorkingGroupRepository groups;

	private final Frameworks frameworks;

	private final AuditTrail audit;

	MembershipRegistry(OrganisationRepository organisations, PartnerRepository partners, WorkingGroupRepository groups,
			Frameworks frameworks, AuditTrail audit) {
		this.organisations = organisations;
		this.partners = partners;
		this.groups = groups;
		this.frameworks = frameworks;
		this.audit = audit;
	}

	public Organisation createOrganisation(OrganisationData data) {
		OrganisationData clean = check(data, null);
		OrganisationEntity entity = this.organisations.saveAndFlush(new OrganisationEntity(clean));
		this.audit.recordChange("CREATE", "Organisation", entity.getId(), describe(null, clean));
		return entity.toView();
	}

	@Override
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'PARTNER_FOCAL_POINT')")
	public Organisation registerNonMember(String name, String shortName, @Nullable IatiOrganisationType type,
			@Nullable String iatiIdentifier) {
		return createOrganisation(new OrganisationData(name, shortName, type, iatiIdentifier, MemberCategory.NON_MEMBER,
				null, null, null));
	}

	public Organisation updateOrganisation(long id, long expectedVersion, OrganisationData data) {
		OrganisationEntity entity = this.organisations.findById(id)
			.orElseThrow(() -> new RecordNotFoundException(ORGANISATION, id));
		checkVersion(ORGANISATION, id, expectedVersion, entity.getVersion());
		Organisation before = entity.toView();
		OrganisationData clean = check(data, id);
		entity.apply(clean);
		this.organisations.saveAndFlush(entity);
		this.audit.recordChange("UPDATE", "Organisation", id, describe(before, clean));
		return entity.toView();
	}

	/**
	 * Admits an observer or non-member by a decision: the organisation takes the member
	 * category, and the decision's date and reference as how it joined.
	 */
	@Override
	public Organisation admit(long organisationId, MemberCategory category, LocalDate joinedOn, String joinedBy) {
		OrganisationEntity entity = this.organisations.findById(organisationId)
			.orElseThrow(() -> new RecordNotFoundException(ORGANISATION, organisationId));
		Organisation before = entity.toView();
		if (isMember(before.category())) {
			throw new ConflictException(UserText.of("membership.alreadyMember", before.name()));
		}
		if (category == null || !isMember(category)) {
			throw new InvalidInputException("memberCategory",
					UserText.of("membership.admit.categoryRequired", before.name()));
		}
		OrganisationData admitted = check(new OrganisationData(before.name(), before.shortName(), before.type(),
				before.iatiIdentifier(), category, before.partnerCode(), joinedOn, joinedBy), organisationId);
		entity.apply(admitted);
		this.organisations.saveAndFlush(entity);
		this.audit.recordChange("ADMIT", "Organisation", organisationId, describe(before, admitted));
		return entity.toView();
	}

	private static boolean isMember(MemberCategory category) {
		return category != MemberCategory.OBSERVER && category != MemberCategory.NON_MEMBER;
	}

	public Partner updatePartner(String code, long expectedVersion, String name, @Nullable String nationalBodies) {
		PartnerEntity entity = this.partners.findById(code)
			.orElseThrow(() -> new RecordNotFoundException(PARTNER, code));
		checkVersion(PARTNER, code, expectedVersion, entity.getVersion());
		RecordValidation.check(new PartnerFields(name, nationalBodies));
		String cleanName = Inputs.text(name);
		String bodies = Inputs.text(nationalBodies);
		Changes changes = Changes.of()
			.field("name", entity.getName(), cleanName)
			.field("nationalBodies", entity.getNationalBodies(), bodies);
		entity.edit(cleanName, bodies);
		this.partners.saveAndFlush(entity);
		this.audit.recordChange("UPDATE", "Partner", code, changes);
		return entity.toView();
	}

	public WorkingGroup createWorkingGroup(WorkingGroupData data) {
		WorkingGroupData clean = check(data);
		WorkingGroupEntity entity = this.groups.saveAndFlush(new WorkingGroupEntity(clean));
		this.audit.recordChange("CREATE", "WorkingGroup", entity.getId(), describe(null, entity.toView()));
		return entity.toView();
	}

	public WorkingGroup updateWorkingGroup(long id, long expectedVersion, WorkingGroupData data) {
		WorkingGroupEntity entity = this.groups.findById(id)
			.orElseThrow(() -> new RecordNotFoundException(WORKING_GROUP, id));
		checkVersion(WORKING_GROUP, id, expectedVersion, entity.getVersion());
		WorkingGroup before = entity.toView();
		entity.apply(check(data));
		this.groups.saveAndFlush(entity);
		this.audit.recordChange("UPDATE", "WorkingGroup", id, describe(before, entity.toView()));
		return entity.toView();
	}

	private OrganisationData check(OrganisationData data, @Nullable Long id) {
		List<FieldProblem> problems = new ArrayList<>(RecordValidation.problems(data));
		String name = Inputs.text(data.name());
		String shortName = Inputs.text(data.shortName());
		String iatiIdentifier = Inputs.text(data.iatiIdentifier());
		String partnerCode = Inputs.text(data.partnerCode());
		String joinedBy = Inputs.text(data.joinedBy());
		if (shortName != null && taken(this.organisations.findByShortNameIgnoreCase(shortName), id)) {
			problems
				.add(new FieldProblem("shortName", UserText.of("membership.organisation.shortNameTaken", shortName)));
		}
		if (iatiIdentifier != null && taken(this.organisations.findByIatiIdentifierIgnoreCase(iatiIdentifier), id)) {
			problems.add(new FieldProblem("iatiIdentifier",
					UserText.of("membership.organisation.iatiIdentifierTaken", iatiIdentifier)));
		}
		if (partnerCode != null && !this.partners.existsById(partnerCode)) {
			problems.add(new FieldProblem("partnerCode", UserText.of("membership.partner.unknown", partnerCode)));
		}
		InvalidInputException.throwIfAny(problems);
		return new OrganisationData(name, shortName, data.type(), iatiIdentifier, data.category(), partnerCode,
				data.joinedOn(), joinedBy);
	}

	private WorkingGroupData check(WorkingGroupData data) {
		List<FieldProblem> problems = new ArrayList<>(RecordValidation.problems(data));
		String name = Inputs.text(data.name());
		String initiative = Inputs.text(data.initiative());
		String pillar = Inputs.text(data.pillar());
		if (initiative != null && this.frameworks.initiative(initiative).isEmpty()) {
			problems.add(new FieldProblem("initiative", UserText.of("membership.initiative.unknown", initiative)));
		}
		else if (initiative != null && pillar != null && !isPillarOf(initiative, pillar)) {
			problems.add(new FieldProblem("pillar",
					UserText.of("membership.workingGroup.unknownPillar", pillar, initiative)));
		}
		List<Long> leads = data.leads() == null ? List.of() : data.leads();
		List<Long> members = data.members() == null ? List.of() : data.members();
		for (Long org : leads) {
			if (!this.organisations.existsById(org)) {
				problems.add(new FieldProblem("leads", UserText.of("membership.organisation.unknown", org)));
			}
		}
		for (Long org : members) {
			if (!this.organisations.existsById(org)) {
				problems.add(new FieldProblem("members", UserText.of("membership.organisation.unknown", org)));
			}
		}
		InvalidInputException.throwIfAny(problems);
		return new WorkingGroupData(name, initiative, pillar, leads, members);
	}

	private boolean isPillarOf(String initiative, String pillar) {
		return this.frameworks.versions(initiative)
			.stream()
			.map((version) -> this.frameworks.tree(version.id()))
			.flatMap((tree) -> tree.items().stream())
			.filter((node) -> node.level() == ItemLevel.PILLAR)
			.map(FrameworkTree.Node::code)
			.anyMatch(pillar::equals);
	}

	private static boolean taken(Optional<OrganisationEntity> found, @Nullable Long id) {
		return found.isPresent() && !found.get().getId().equals(id);
	}

	private static void checkVersion(RecordType type, Object id, long expected, long actual) {
		if (expected != actual) {
			throw ConflictException.staleVersion(type, id, expected, actual);
		}
	}

	private static Changes describe(@Nullable Organisation before, OrganisationData after) {
		return Changes.of()
			.field("name", before == null ? null : before.name(), after.name())
			.field("shortName", before == null ? null : before.shortName(), after.shortName())
			.field("type", before == null ? null : before.type(), after.type())
			.field("iatiIdentifier", before == null ? null : before.iatiIdentifier(), after.iatiIdentifier())
			.field("category", before == null ? null : before.category(), after.category())
			.field("partnerCode", before == null ? null : before.partnerCode(), after.partnerCode())
			.field("joinedOn", before == null ? null : before.joinedOn(), after.joinedOn())
			.field("joinedBy", before == null ? null : before.joinedBy(), after.joinedBy());
	}

	private static Changes describe(@Nullable WorkingGroup before, WorkingGroup after) {
		return Changes.of()
			.field("name", before == null ? null : before.name(), after.name())
			.field("initiative", before == null ? null : before.initiative(), after.initiative())
			.field("pillar", before == null ? null : before.pillar(), after.pillar())
			.field("leads", before == null ? null : before.leads(), after.leads())
			.field("members", before == null ? null : before.members(), after.members());
	}

	/**
	 * The fields of a partner that the Secretariat edits, with their checks.
	 */
	private record PartnerFields(
			@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_NAME) @Nullable String name,
			@MaxLength(MAX_NATIONAL_BODIES) @Nullable String nationalBodies) {

		static final int MAX_NAME = 200;

		static final int MAX_NATIONAL_BODIES = 2000;

	}

}
