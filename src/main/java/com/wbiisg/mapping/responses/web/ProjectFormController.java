package com.wbiisg.mapping.responses.web;

import java.util.List;
import java.util.Objects;

import com.wbiisg.mapping.membership.IatiOrganisationType;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.membership.OrganisationRegistration;
import com.wbiisg.mapping.responses.FundingStage;
import com.wbiisg.mapping.responses.ProjectDetails;
import com.wbiisg.mapping.responses.ProjectManagement;
import com.wbiisg.mapping.responses.ProjectView;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
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
 * The project form of partner focal points (for their own organisation) and the
 * Secretariat (for any): registering and changing a project, with the small form that
 * adds a missing funder or implementer to the registry without losing what was typed.
 */
@Controller
@PreAuthorize(ProjectPageSupport.EDITORS)
class ProjectFormController {

	static final String FORM = "responses/project-form";

	/**
	 * Currencies offered as suggestions; any ISO 4217 code is accepted.
	 */
	static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "CZK", "PLN", "HUF",
			"RON", "BGN", "RSD", "MKD", "ALL", "BAM", "JPY", "CAD");

	private final ProjectPageSupport support;

	private final ProjectManagement projects;

	private final OrganisationRegistration organisations;

	ProjectFormController(ProjectPageSupport support, ProjectManagement projects,
			OrganisationRegistration organisations) {
		this.support = support;
		this.projects = projects;
		this.organisations = organisations;
	}

	@GetMapping("/projects/new")
	String newProject(Model model) {
		ProjectForm form = ProjectForm.blank();
		model.addAttribute("project", form);
		formModel(model, form, null);
		return FORM;
	}

	@PostMapping("/projects")
	String create(@ModelAttribute("project") ProjectForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String addOrganisation, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (addOrganisation != null) {
			return addOrganisation(form, result, model, response, null);
		}
		try {
			ProjectView project = this.projects.register(form.toInput());
			redirect.addFlashAttribute("flashKey", "responses.flash.registered");
			return "redirect:/projects/" + project.id();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ProjectForm.onForm(ex), result);
			response.setStatus(422);
			formModel(model, form, null);
			return FORM;
		}
	}

	@GetMapping("/projects/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		ProjectView project = editable(id);
		ProjectForm form = ProjectForm.of(project);
		model.addAttribute("project", form);
		formModel(model, form, project);
		return FORM;
	}

	@PostMapping("/projects/{id}")
	String save(@PathVariable long id, @ModelAttribute("project") ProjectForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String addOrganisation, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (addOrganisation != null) {
			return addOrganisation(form, result, model, response, editable(id));
		}
		try {
			this.projects.update(id, form.expectedVersion(), form.toInput());
			redirect.addFlashAttribute("flashKey", "responses.flash.saved");
			return "redirect:/projects/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ProjectForm.onForm(ex), result);
			response.setStatus(422);
			formModel(model, form, this.projects.get(id).project());
			return FORM;
		}
		catch (ConflictException ex) {
			ProjectDetails current = this.projects.get(id);
			if (!current.mayEdit()) {
				throw ex;
			}
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			ProjectForm theirs = ProjectForm.of(current.project());
			model.addAttribute("stale", true);
			model.addAttribute("mine", form);
			model.addAttribute("project", theirs);
			formModel(model, theirs, current.project());
			return FORM;
		}
	}

	/**
	 * Registers the organisation of the small form as a non-member and shows the form
	 * again with it chosen as an implementer; nothing else is saved yet.
	 */
	private String addOrganisation(ProjectForm form, BindingResult result, Model model, HttpServletResponse response,
			@Nullable ProjectView editing) {
		try {
			IatiOrganisationType type = Inputs.enumValue("newOrganisationType", form.newOrganisationType(),
					IatiOrganisationType.class);
			Organisation added = this.organisations.registerNonMember(
					Objects.requireNonNullElse(form.newOrganisationName(), ""),
					Objects.requireNonNullElse(form.newOrganisationShortName(), ""), type, null);
			ProjectForm next = form.withImplementer(added.id());
			// A new object for the model drops the binding of the submitted one.
			model.addAttribute("project", next);
			model.addAttribute("addedOrganisation", added);
			formModel(model, next, editing);
			return FORM;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ProjectForm.onNewOrganisation(ex), result);
			response.setStatus(422);
			model.addAttribute("addingOrganisation", true);
			formModel(model, form, editing);
			return FORM;
		}
	}

	private ProjectView editable(long id) {
		ProjectDetails details = this.projects.get(id);
		if (!details.mayEdit()) {
			throw new AccessDeniedException(UserText.of("responses.project.editorsOnly").english());
		}
		return details.project();
	}

	private void formModel(Model model, ProjectForm form, @Nullable ProjectView editing) {
		this.support.addFilterOptions(model);
		model.addAttribute("fundingRows", form.padded().funding());
		model.addAttribute("stages", FundingStage.values());
		model.addAttribute("organisationTypes", IatiOrganisationType.values());
		model.addAttribute("currencies", CURRENCIES);
		model.addAttribute("secretariat", ProjectPageSupport.isSecretariat());
		Long own = ProjectPageSupport.ownOrganisation();
		model.addAttribute("ownOrganisation", (own == null) ? null : this.support.organisation(own).orElse(null));
		model.addAttribute("editing", editing);
	}

}
