package com.wbiisg.mapping.needs.web;

import java.util.Locale;
import java.util.regex.Pattern;

import com.wbiisg.mapping.consultation.CommentThreads;
import com.wbiisg.mapping.framework.FrameworkTree;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.NeedAction;
import com.wbiisg.mapping.needs.NeedCommentTarget;
import com.wbiisg.mapping.needs.NeedManagement;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.EnumText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import com.wbiisg.mapping.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
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
 * The page of one need: its fields, status, history and the actions the user may take;
 * the edit form of its partner's focal point and the Secretariat.
 */
@Controller
@PreAuthorize(NeedPageController.MEMBERS)
class NeedPageController {

	static final String MEMBERS = "hasAnyRole('SECRETARIAT','BOARD','BENEFICIARY_FOCAL_POINT','PARTNER_FOCAL_POINT')";

	static final String ACTORS = "hasAnyRole('SECRETARIAT','BENEFICIARY_FOCAL_POINT','PARTNER_FOCAL_POINT')";

	static final String PAGE = "needs/need";

	/**
	 * Where a workflow step may send the user back to: the need page or a review queue.
	 */
	private static final Pattern RETURN_TO = Pattern.compile("/needs/review(\\?[A-Za-z0-9_.%&=+-]*)?");

	private final NeedPageSupport support;

	private final NeedManagement needs;

	private final CommentThreads comments;

	NeedPageController(NeedPageSupport support, NeedManagement needs, CommentThreads comments) {
		this.comments = comments;
		this.support = support;
		this.needs = needs;
	}

	@GetMapping("/needs/{id}")
	String page(@PathVariable long id, Model model) {
		NeedView need = this.needs.get(id);
		CycleView cycle = this.support.cycle(need.cycleId());
		this.support.addOptions(model);
		model.addAttribute("need", need);
		model.addAttribute("cycle", cycle);
		model.addAttribute("measure", measure(cycle, need.measureCode()));
		model.addAttribute("history", this.needs.history(id));
		model.addAttribute("permissions", this.needs.permissions(id));
		model.addAttribute("sections", this.support.sections(need));
		model.addAttribute("commentTargetType", NeedCommentTarget.TYPE);
		model.addAttribute("commentTargetId", String.valueOf(id));
		model.addAttribute("comments", this.comments.thread(NeedCommentTarget.TYPE, String.valueOf(id)));
		if (!model.containsAttribute("transition")) {
			model.addAttribute("transition", new TransitionForm(null, null, null, null));
		}
		return PAGE;
	}

	@GetMapping("/needs/{id}/edit")
	@PreAuthorize(OurNeedsPageController.ENTERERS)
	String edit(@PathVariable long id, Model model) {
		NeedView need = this.needs.get(id);
		if (!this.needs.permissions(id).mayEdit()) {
			throw notEditable(need);
		}
		formModel(model, need);
		model.addAttribute("need", NeedForm.of(need));
		return OurNeedsPageController.FORM;
	}

	@PostMapping("/needs/{id}")
	@PreAuthorize(OurNeedsPageController.ENTERERS)
	String save(@PathVariable long id, @ModelAttribute("need") NeedForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.needs.update(id, (form.version() == null) ? -1 : form.version(), form.toInput(null));
			redirect.addFlashAttribute("flashKey", "needs.flash.saved");
			return "redirect:/needs/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			formModel(model, this.needs.get(id));
			return OurNeedsPageController.FORM;
		}
		catch (ConflictException ex) {
			NeedView current = this.needs.get(id);
			if (!this.needs.permissions(id).mayEdit()) {
				throw ex;
			}
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			formModel(model, current);
			model.addAttribute("stale", true);
			model.addAttribute("mine", form);
			model.addAttribute("need", NeedForm.of(current));
			return OurNeedsPageController.FORM;
		}
	}

	@PostMapping("/needs/{id}/transitions")
	@PreAuthorize(ACTORS)
	String transition(@PathVariable long id, @ModelAttribute("transition") TransitionForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			RecordValidation.check(form);
			NeedAction action = Inputs.enumOf(NeedAction.class, form.action());
			this.needs.transition(id, action, form.reason(), form.decision());
			redirect.addFlashAttribute("flashKey", "needs.flash." + action);
			String back = form.returnTo();
			return "redirect:" + ((back != null && RETURN_TO.matcher(back).matches()) ? back : "/needs/" + id);
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			return page(id, model);
		}
	}

	private void formModel(Model model, NeedView need) {
		CycleView cycle = this.support.cycle(need.cycleId());
		this.support.addOptions(model);
		model.addAttribute("cycle", cycle);
		model.addAttribute("measure", measure(cycle, need.measureCode()));
		model.addAttribute("editing", need);
	}

	private FrameworkTree.@Nullable Node measure(CycleView cycle, String code) {
		return this.support.tree(cycle.frameworkId()).find(code).orElse(null);
	}

	private static ConflictException notEditable(NeedView need) {
		return new ConflictException(
				UserText.of("needs.need.notEditableByYou", need.id(), need.status().name().toLowerCase(Locale.ROOT)));
	}

	/**
	 * A workflow step as the page's buttons and forms send it.
	 */
	record TransitionForm(
			@NotBlank(message = "{needs.transition.choose}") @EnumText(NeedAction.class) @Nullable String action,
			@Nullable String reason, @Nullable String decision, @Nullable String returnTo) {
	}

}
