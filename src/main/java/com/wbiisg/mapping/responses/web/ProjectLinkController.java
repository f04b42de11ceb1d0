package com.wbiisg.mapping.responses.web;

import com.wbiisg.mapping.responses.Coverage;
import com.wbiisg.mapping.responses.LinkInput;
import com.wbiisg.mapping.responses.ProjectManagement;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.validation.AmountText;
import com.wbiisg.mapping.shared.validation.CheckOrder;
import com.wbiisg.mapping.shared.validation.DigitsText;
import com.wbiisg.mapping.shared.validation.EnumText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import com.wbiisg.mapping.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Linking a project to a need it addresses, and removing a link, from the project's page.
 * A refused link shows the page again with the reason and the search the editor was in.
 */
@Controller
@PreAuthorize(ProjectPageSupport.EDITORS)
class ProjectLinkController {

	private final ProjectPageModel page;

	private final ProjectManagement projects;

	ProjectLinkController(ProjectPageModel page, ProjectManagement projects) {
		this.page = page;
		this.projects = projects;
	}

	@PostMapping("/projects/{id}/links")
	String link(@PathVariable long id, @ModelAttribute("link") LinkForm form, BindingResult result,
			@ModelAttribute("search") ProjectPageModel.NeedSearch search, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.projects.link(id, form.toInput());
			redirect.addFlashAttribute("flashKey", "responses.flash.linked");
			return "redirect:/projects/" + id + "#links";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			model.addAttribute("shareRefused", result.hasFieldErrors("sharePercent"));
			this.page.fill(model, id, search);
			return ProjectPageModel.PAGE;
		}
	}

	@PostMapping("/projects/{id}/links/{needId}/delete")
	String unlink(@PathVariable long id, @PathVariable long needId, RedirectAttributes redirect) {
		this.projects.unlink(id, needId);
		redirect.addFlashAttribute("flashKey", "responses.flash.unlinked");
		return "redirect:/projects/" + id + "#links";
	}

	/**
	 * A link as the small form of a found need sends it: the need and the share as text
	 * so that a bad one is named.
	 */
	@CheckOrder({ "coverage", "sharePercent", "needId" })
	record LinkForm(@DigitsText(message = ProjectForm.CHOOSE) @Nullable String needId,
			@EnumText(Coverage.class) @Nullable String coverage,
			@AmountText(message = "{responses.linking.shareUnreadable}") @Nullable String sharePercent,
			@Nullable String note) {

		LinkInput toInput() {
			RecordValidation.check(this);
			return new LinkInput(ProjectForm.id(this.needId), Inputs.enumOf(Coverage.class, this.coverage),
					Inputs.amount(this.sharePercent), this.note);
		}

	}

}
