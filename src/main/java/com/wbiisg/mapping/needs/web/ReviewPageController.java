package com.wbiisg.mapping.needs.web;

import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.needs.NeedAction;
import com.wbiisg.mapping.needs.NeedFilter;
import com.wbiisg.mapping.needs.NeedManagement;
import com.wbiisg.mapping.needs.NeedReviewQueue;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The review queue of pillar leads and the Secretariat: submitted needs to validate or
 * return, and for the Secretariat validated needs to adopt in bulk. Whom the queue shows
 * what is decided by {@link NeedManagement#reviewQueue(NeedFilter)}.
 */
@Controller
class ReviewPageController {

	static final String REVIEWERS = "hasAnyRole('SECRETARIAT','PARTNER_FOCAL_POINT')";

	static final String QUEUE = "needs/review";

	private final NeedPageSupport support;

	private final NeedManagement needs;

	ReviewPageController(NeedPageSupport support, NeedManagement needs) {
		this.support = support;
		this.needs = needs;
	}

	/**
	 * The queue; without a status it lists submitted needs, with an empty one all.
	 */
	@GetMapping("/needs/review")
	@PreAuthorize(REVIEWERS)
	String queue(@RequestParam(required = false) @Nullable Long cycle,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String pillar,
			@RequestParam(required = false) @Nullable String objective,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String q,
			Model model) {
		NeedStatus chosen = (status == null) ? NeedStatus.SUBMITTED : NeedListPageController.status(status);
		NeedFilter filter = new NeedFilter(cycle, NeedPageSupport.upper(partner), NeedPageSupport.upper(pillar),
				NeedPageSupport.upper(objective), null, chosen, NeedPageSupport.blankToNull(q));
		NeedReviewQueue queue = this.needs.reviewQueue(filter);
		this.support.addOptions(model);
		model.addAttribute("filter", filter);
		model.addAttribute("queue", queue);
		model.addAttribute("cycles", this.support.cycles());
		model.addAttribute("pillars", this.support.codes(ItemLevel.PILLAR));
		model.addAttribute("objectives", this.support.codes(ItemLevel.OBJECTIVE));
		model.addAttribute("canAdopt",
				queue.items().stream().anyMatch((item) -> item.permissions().actions().contains(NeedAction.ADOPT)));
		model.addAttribute("here",
				UriComponentsBuilder.fromPath("/needs/review")
					.queryParamIfPresent("cycle", Optional.ofNullable(cycle))
					.queryParam("partner", (filter.partner() == null) ? "" : filter.partner())
					.queryParam("pillar", (filter.pillar() == null) ? "" : filter.pillar())
					.queryParam("objective", (filter.objective() == null) ? "" : filter.objective())
					.queryParam("status", (chosen == null) ? "" : chosen.name())
					.encode()
					.toUriString());
		if (!model.containsAttribute("adoption")) {
			model.addAttribute("adoption", new AdoptionForm(List.of(), null));
		}
		return QUEUE;
	}

	@PostMapping("/needs/adoptions")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String adopt(@ModelAttribute("adoption") AdoptionForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			int adopted = this.needs.adoptAll((form.ids() == null) ? List.of() : form.ids(), form.decision());
			redirect.addFlashAttribute("adopted", adopted);
			return "redirect:/needs/review?status=" + NeedStatus.ADOPTED;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			return queue(null, null, null, null, NeedStatus.VALIDATED.name(), null, model);
		}
	}

	/**
	 * The validated needs chosen for adoption and the Board decision adopting them.
	 */
	record AdoptionForm(@Nullable List<Long> ids, @Nullable String decision) {
	}

}
