package com.wbiisg.mapping.membership.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.Initiative;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.MembershipRegistry;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.membership.WorkingGroup;
import com.wbiisg.mapping.membership.WorkingGroupData;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The working groups with their leads and members for every member, and for the
 * Secretariat the form that creates and edits them.
 */
@Controller
class WorkingGroupPageController {

	private static final String SECRETARIAT = "hasRole('SECRETARIAT')";

	static final String LIST = "membership/working-groups";

	static final String FORM = "membership/working-group-form";

	private static final String SAVED = "membership.workingGroup.saved";

	private final Membership membership;

	private final MembershipRegistry registry;

	private final Frameworks frameworks;

	WorkingGroupPageController(Membership membership, MembershipRegistry registry, Frameworks frameworks) {
		this.membership = membership;
		this.registry = registry;
		this.frameworks = frameworks;
	}

	@GetMapping("/working-groups")
	String list(Model model) {
		model.addAttribute("groups", this.membership.workingGroups());
		model.addAttribute("organisations", organisationsById());
		model.addAttribute("initiatives", initiativesByCode());
		return LIST;
	}

	@GetMapping("/working-groups/new")
	@PreAuthorize(SECRETARIAT)
	String newGroup(Model model) {
		model.addAttribute("group", WorkingGroupForm.empty());
		return form(model, null);
	}

	@PostMapping("/working-groups")
	@PreAuthorize(SECRETARIAT)
	String create(@ModelAttribute("group") WorkingGroupForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.registry.createWorkingGroup(form.toData(initiativeCodes()));
			redirect.addFlashAttribute("flashKey", SAVED);
			return "redirect:/working-groups";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			return form(model, null);
		}
	}

	@GetMapping("/working-groups/{id}/edit")
	@PreAuthorize(SECRETARIAT)
	String edit(@PathVariable long id, Model model) {
		WorkingGroup group = find(id);
		model.addAttribute("group", WorkingGroupForm.of(group));
		return form(model, group);
	}

	@PostMapping("/working-groups/{id}")
	@PreAuthorize(SECRETARIAT)
	String update(@PathVariable long id, @ModelAttribute("group") WorkingGroupForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		WorkingGroup current = find(id);
		try {
			this.registry.updateWorkingGroup(id, (form.version() == null) ? -1 : form.version(),
					form.toData(initiativeCodes()));
			redirect.addFlashAttribute("flashKey", SAVED);
			return "redirect:/working-groups";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			return form(model, current);
		}
		catch (ConflictException ex) {
			// Show their values and version, so saving again is deliberate.
			WorkingGroup theirs = find(id);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("stale", true);
			model.addAttribute("mine", form);
			model.addAttribute("group", WorkingGroupForm.of(theirs));
			return form(model, theirs);
		}
	}

	private String form(Model model, @Nullable WorkingGroup editing) {
		model.addAttribute("editing", editing);
		model.addAttribute("initiatives", this.frameworks.initiatives());
		model.addAttribute("organisations", this.membership.organisations());
		return FORM;
	}

	private WorkingGroup find(long id) {
		return this.membership.workingGroup(id)
			.orElseThrow(() -> new RecordNotFoundException(MembershipRegistry.WORKING_GROUP, id));
	}

	private List<String> initiativeCodes() {
		return this.frameworks.initiatives().stream().map(Initiative::code).toList();
	}

	private Map<Long, Organisation> organisationsById() {
		Map<Long, Organisation> organisations = new LinkedHashMap<>();
		this.membership.organisations().forEach((o) -> organisations.put(o.id(), o));
		return organisations;
	}

	private Map<String, Initiative> initiativesByCode() {
		Map<String, Initiative> initiatives = new LinkedHashMap<>();
		this.frameworks.initiatives().forEach((i) -> initiatives.put(i.code(), i));
		return initiatives;
	}

	/**
	 * What the working group form sends; organisation ids come as text from the
	 * checkboxes.
	 */
	record WorkingGroupForm(@Nullable String name, @Nullable String initiative, @Nullable String pillar,
			@Nullable List<String> leads, @Nullable List<String> members, @Nullable Long version) {

		static WorkingGroupForm empty() {
			return new WorkingGroupForm(null, null, null, List.of(), List.of(), null);
		}

		static WorkingGroupForm of(WorkingGroup group) {
			return new WorkingGroupForm(group.name(), group.initiative(), group.pillar(),
					group.leads().stream().map(String::valueOf).toList(),
					group.members().stream().map(String::valueOf).toList(), group.version());
		}

		WorkingGroupData toData(List<String> initiativeCodes) {
			return MembershipInput.workingGroup(this.name, this.initiative, initiativeCodes, this.pillar, this.leads,
					this.members);
		}

	}

}
