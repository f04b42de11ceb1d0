package com.wbiisg.mapping.membership.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.Initiative;
import com.wbiisg.mapping.membership.MemberCategory;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.MembershipRegistry;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.membership.OrganisationData;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.membership.WorkingGroup;
import com.wbiisg.mapping.membership.WorkingGroupData;
import com.wbiisg.mapping.membership.web.MembershipInput;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.Versions;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organisations, WB partners and working groups for scripts: read by every signed-in
 * member, written by the Secretariat under the same rules as the pages. Codes in requests
 * are read in any case; a code that is not known answers 422 naming the field.
 */
@RestController
@RequestMapping("/api/v1")
class MembershipApiController {

	private static final String SECRETARIAT = "hasRole('SECRETARIAT')";

	private final Membership membership;

	private final MembershipRegistry registry;

	private final Frameworks frameworks;

	MembershipApiController(Membership membership, MembershipRegistry registry, Frameworks frameworks) {
		this.membership = membership;
		this.registry = registry;
		this.frameworks = frameworks;
	}

	@GetMapping("/organisations")
	List<OrganisationJson> organisations(@RequestParam(required = false) @Nullable String category) {
		MemberCategory chosen = MembershipInput.category("category", category);
		return this.membership.organisations()
			.stream()
			.filter((o) -> chosen == null || o.category() == chosen)
			.map(OrganisationJson::of)
			.toList();
	}

	@GetMapping("/organisations/{id}")
	OrganisationJson organisation(@PathVariable long id) {
		return OrganisationJson.of(this.membership.organisation(id)
			.orElseThrow(() -> new RecordNotFoundException(MembershipRegistry.ORGANISATION, id)));
	}

	@PostMapping("/organisations")
	@PreAuthorize(SECRETARIAT)
	ResponseEntity<OrganisationJson> createOrganisation(@RequestBody OrganisationRequest request) {
		Organisation created = this.registry.createOrganisation(request.toData());
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id()))
			.body(OrganisationJson.of(created));
	}

	@PutMapping("/organisations/{id}")
	@PreAuthorize(SECRETARIAT)
	OrganisationJson updateOrganisation(@PathVariable long id, @RequestBody OrganisationRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		long version = Versions.expected(request.version(), ifMatch);
		return OrganisationJson.of(this.registry.updateOrganisation(id, version, request.toData()));
	}

	@GetMapping("/partners")
	List<PartnerJson> partners() {
		return this.membership.partners().stream().map(PartnerJson::of).toList();
	}

	@GetMapping("/partners/{code}")
	PartnerJson partner(@PathVariable String code) {
		return PartnerJson.of(findPartner(code));
	}

	@PutMapping("/partners/{code}")
	@PreAuthorize(SECRETARIAT)
	PartnerJson updatePartner(@PathVariable String code, @RequestBody PartnerRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		long version = Versions.expected(request.version(), ifMatch);
		return PartnerJson.of(this.registry.updatePartner(findPartner(code).code(), version, request.name(),
				request.nationalBodies()));
	}

	@GetMapping("/working-groups")
	List<WorkingGroupJson> workingGroups() {
		return this.membership.workingGroups().stream().map(WorkingGroupJson::of).toList();
	}

	@GetMapping("/working-groups/{id}")
	WorkingGroupJson workingGroup(@PathVariable long id) {
		return WorkingGroupJson.of(this.membership.workingGroup(id)
			.orElseThrow(() -> new RecordNotFoundException(MembershipRegistry.WORKING_GROUP, id)));
	}

	@PostMapping("/working-groups")
	@PreAuthorize(SECRETARIAT)
	ResponseEntity<WorkingGroupJson> createWorkingGroup(@RequestBody WorkingGroupRequest request) {
		WorkingGroup created = this.registry.createWorkingGroup(request.toData(initiativeCodes()));
		return ResponseEntity.created(URI.create("/api/v1/working-groups/" + created.id()))
			.body(WorkingGroupJson.of(created));
	}

	@PutMapping("/working-groups/{id}")
	@PreAuthorize(SECRETARIAT)
	WorkingGroupJson updateWorkingGroup(@PathVariable long id, @RequestBody WorkingGroupRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		long version = Versions.expected(request.version(), ifMatch);
		return WorkingGroupJson.of(this.registry.updateWorkingGroup(id, version, request.toData(initiativeCodes())));
	}

	private Partner findPartner(String code) {
		// Partner codes are upper case (DESIGN.md §6); "xk" finds Kosovo* too.
		return this.membership.partner(code.toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new RecordNotFoundException(MembershipRegistry.PARTNER, code));
	}

	private List<String> initiativeCodes() {
		return this.frameworks.initiatives().stream().map(Initiative::code).toList();
	}

	/**
	 * An organisation; {@code type} is the enum name, {@code typeCode} the IATI
	 * OrganisationType code.
	 */
	record OrganisationJson(long id, String name, String shortName, String type, String typeCode, String category,
			@Nullable String iatiIdentifier, @Nullable String partnerCode, @Nullable LocalDate joinedOn,
			@Nullable String joinedBy, long version) {

		static OrganisationJson of(Organisation o) {
			return new OrganisationJson(o.id(), o.name(), o.shortName(), o.type().name(), o.type().code(),
					o.category().name(), o.iatiIdentifier(), o.partnerCode(), o.joinedOn(), o.joinedBy(), o.version());
		}

	}

	/**
	 * Codes and the date are text so that a wrong one is reported on its field (422), not
	 * as an unreadable body (400). {@code type} takes the enum name in any case or the
	 * IATI code.
	 */
	record OrganisationRequest(@Nullable String name, @Nullable String shortName, @Nullable String type,
			@Nullable String iatiIdentifier, @Nullable String category, @Nullable String partnerCode,
			@Nullable String joinedOn, @Nullable String joinedBy, @Nullable Long version) {

		OrganisationData toData() {
			return MembershipInput.organisation(this.name, this.shortName, this.type, this.iatiIdentifier,
					this.category, this.partnerCode, this.joinedOn, this.joinedBy);
		}

	}

	record PartnerJson(String code, String name, @Nullable String alpha3, @Nullable String nationalBodies,
			long version) {

		static PartnerJson of(Partner p) {
			return new PartnerJson(p.code(), p.name(), p.alpha3(), p.nationalBodies(), p.version());
		}

	}

	record PartnerRequest(@Nullable String name, @Nullable String nationalBodies, @Nullable Long version) {
	}

	record WorkingGroupJson(long id, String name, String initiative, @Nullable String pillar, List<Long> leads,
			List<Long> members, long version) {

		static WorkingGroupJson of(WorkingGroup g) {
			return new WorkingGroupJson(g.id(), g.name(), g.initiative(), g.pillar(), g.leads(), g.members(),
					g.version());
		}

	}

	record WorkingGroupRequest(@Nullable String name, @Nullable String initiative, @Nullable String pillar,
			@Nullable List<Long> leads, @Nullable List<Long> members, @Nullable Long version) {

		WorkingGroupData toData(List<String> initiativeCodes) {
			return MembershipInput.workingGroup(this.name, this.initiative, initiativeCodes, this.pillar, this.leads,
					this.members);
		}

	}

}
