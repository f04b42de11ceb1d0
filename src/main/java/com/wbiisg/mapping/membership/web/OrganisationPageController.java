package com.wbiisg.mapping.membership.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.wbiisg.mapping.membership.IatiOrganisationType;
import com.wbiisg.mapping.membership.MemberCategory;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.MembershipRegistry;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.membership.OrganisationData;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of organisations for every member, and for the Secretariat the form that
 * creates and edits them.
 */
@Controller
class OrganisationPageController {

	private static final String SECRETARIAT = "hasRole('SECRETARIAT')";

	static final String LIST = "membership/organisations";

	static final String FORM = "membership/organisation-form";

	private static final String SAVED = "membership.organisation.saved";

	private final Membership membership;

	private final MembershipRegistry registry;

	OrganisationPageController(Membership membership, MembershipRegistry registry) {
		this.membership = membership;
		this.registry = registry;
	}

	@GetMapping("/organisations")
	String list(@RequestParam(required = false) @Nullable String category, Model model) {
		// An unknown filter value shows everything rather than an error page.
		MemberCategory chosen = Arrays.stream(MemberCategory.values())
			.filter((c) -> c.name().equalsIgnoreCase(Objects.toString(category, "")))
			.findFirst()
			.orElse(null);
		List<Organisation> organisations = this.membership.organisations()
			.stream()
			.filter((o) -> chosen == null || o.category() == chosen)
			.toList();
		model.addAttribute("organisations", organisations);
		model.addAttribute("categories", MemberCategory.values());
		model.addAttribute("category", chosen);
		model.addAttribute("partners", partnersByCode());
		return LIST;
	}

	@GetMapping("/organisations/new")
	@PreAuthorize(SECRETARIAT)
	String newOrganisation(Model model) {
		model.addAttribute("organisation", OrganisationForm.empty());
		return form(model, null);
	}

	@PostMapping("/organisations")
	@PreAuthorize(SECRETARIAT)
	String create(@ModelAttribute("organisation") OrganisationForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.registry.createOrganisation(form.toData());
			redirect.addFlashAttribute("flashKey", SAVED);
			return "redirect:/organisations";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			return form(model, null);
		}
	}

	@GetMapping("/organisations/{id}/edit")
	@PreAuthorize(SECRETARIAT)
	String edit(@PathVariable long id, Model model) {
		Organisation organisation = find(id);
		model.addAttribute("organisation", OrganisationForm.of(organisation));
		return form(model, organisation);
	}

	@PostMapping("/organisations/{id}")
	@PreAuthorize(SECRETARIAT)
	String update(@PathVariable long id, @ModelAttribute("organisation") OrganisationForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Organisation current = find(id);
		try {
			this.registry.updateOrganisation(id, (form.version() == null) ? -1 : form.version(), form.toData());
			redirect.addFlashAttribute("flashKey", SAVED);
			return "redirect:/organisations";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			return form(model, current);
		}
		catch (ConflictException ex) {
			// Show their values and version, so saving again is deliberate.
			Organisation theirs = find(id);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("stale", true);
			model.addAttribute("mine", form);
			model.addAttribute("organisation", OrganisationForm.of(theirs));
			return form(model, theirs);
		}
	}

	private String form(Model model, @Nullable Organisation editing) {
		model.addAttribute("editing", editing);
		model.addAttribute("types", IatiOrganisationType.values());
		model.addAttribute("categories", MemberCategory.values());
		model.addAttribute("partners", this.membership.partners());
		return FORM;
	}

	private Organisation find(long id) {
		return this.membership.organisation(id)
			.orElseThrow(() -> new RecordNotFoundException(MembershipRegistry.ORGANISATION, id));
	}

	private Map<String, Partner> partnersByCode() {
		Map<String, Partner> partners = new LinkedHashMap<>();
		this.membership.partners().forEach((partner) -> partners.put(partner.code(), partner));
		return partners;
	}

	/**
	 * What the organisation form sends; codes stay text so an unknown one becomes a field
	 * error.
	 */
	record OrganisationForm(@Nullable String name, @Nullable String shortName, @Nullable String type,
			@Nullable String iatiIdentifier, @Nullable String category, @Nullable String partnerCode,
			@Nullable String joinedOn, @Nullable String joinedBy, @Nullable Long version) {

		static OrganisationForm empty() {
			return new OrganisationForm(null, null, null, null, null, null, null, null, null);
		}

		static OrganisationForm of(Organisation o) {
			return new OrganisationForm(o.name(), o.shortName(), o.type().name(), o.iatiIdentifier(),
					o.category().name(), o.partnerCode(), Objects.toString(o.joinedOn(), null), o.joinedBy(),
					o.version());
		}

		OrganisationData toData() {
			return MembershipInput.organisation(this.name, this.shortName, this.type, this.iatiIdentifier,
					this.category, this.partnerCode, this.joinedOn, this.joinedBy);
		}

	}

}
