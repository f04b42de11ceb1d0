package com.wbiisg.mapping.needs.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.framework.FrameworkStatus;
import com.wbiisg.mapping.framework.FrameworkSummary;
import com.wbiisg.mapping.needs.CycleManagement;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.NeedManagement;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.validation.DateText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
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
 * The needs mapping cycles with their progress per partner; for the Secretariat the form
 * to open a cycle on an adopted framework version, and closing and reopening.
 */
@Controller
class CyclePageController {

	private static final String SECRETARIAT = "hasRole('SECRETARIAT')";

	static final String LIST = "needs/cycles";

	private final CycleManagement cycles;

	private final NeedManagement needs;

	private final NeedPageSupport support;

	CyclePageController(CycleManagement cycles, NeedManagement needs, NeedPageSupport support) {
		this.cycles = cycles;
		this.needs = needs;
		this.support = support;
	}

	@GetMapping("/cycles")
	@PreAuthorize(NeedPageController.MEMBERS)
	String list(Model model) {
		Map<Long, FrameworkSummary> frameworks = this.support.frameworks();
		Map<String, String> partnerNames = this.support.partnerNames();
		List<CycleRow> rows = new ArrayList<>();
		for (CycleView cycle : this.cycles.list()) {
			List<PartnerProgress> progress = new ArrayList<>();
			this.needs.progress(cycle.id())
				.forEach((partner, counts) -> progress
					.add(PartnerProgress.of(partner, partnerNames.get(partner), counts)));
			FrameworkSummary framework = frameworks.get(cycle.frameworkId());
			rows.add(new CycleRow(cycle, (framework == null) ? null : framework.label(), progress));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("statuses", NeedStatus.values());
		model.addAttribute("adoptedVersions",
				frameworks.values().stream().filter((v) -> v.status() == FrameworkStatus.ADOPTED).toList());
		if (!model.containsAttribute("opening")) {
			model.addAttribute("opening", new OpeningForm(null, null, null, null));
		}
		return LIST;
	}

	@PostMapping("/cycles")
	@PreAuthorize(SECRETARIAT)
	String open(@ModelAttribute("opening") OpeningForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			RecordValidation.check(form);
			CycleView cycle = this.cycles.open(form.frameworkId(), form.name(), Inputs.date(form.opensOn()),
					Inputs.date(form.closesOn()));
			redirect.addFlashAttribute("flashKey", "needs.flash.cycleOpened");
			return "redirect:/cycles#cycle-" + cycle.id();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			return list(model);
		}
	}

	@PostMapping("/cycles/{id}/close")
	@PreAuthorize(SECRETARIAT)
	String close(@PathVariable long id, RedirectAttributes redirect) {
		this.cycles.close(id);
		redirect.addFlashAttribute("flashKey", "needs.flash.cycleClosed");
		return "redirect:/cycles#cycle-" + id;
	}

	@PostMapping("/cycles/{id}/reopen")
	@PreAuthorize(SECRETARIAT)
	String reopen(@PathVariable long id, RedirectAttributes redirect) {
		this.cycles.reopen(id);
		redirect.addFlashAttribute("flashKey", "needs.flash.cycleReopened");
		return "redirect:/cycles#cycle-" + id;
	}

	/**
	 * What the Secretariat enters to open a cycle; dates as text so that a bad one is
	 * named.
	 */
	record OpeningForm(@Nullable Long frameworkId, @Nullable String name, @DateText @Nullable String opensOn,
			@DateText @Nullable String closesOn) {
	}

	/**
	 * A cycle on the list, with the label of its framework version and its progress.
	 */
	record CycleRow(CycleView cycle, @Nullable String framework, List<PartnerProgress> progress) {
	}

	/**
	 * How many needs a partner has in each status.
	 */
	record PartnerProgress(String partner, String name, Map<NeedStatus, Long> counts, long total) {

		static PartnerProgress of(String partner, @Nullable String name, Map<NeedStatus, Long> counts) {
			Map<NeedStatus, Long> all = new EnumMap<>(NeedStatus.class);
			for (NeedStatus status : NeedStatus.values()) {
				all.put(status, counts.getOrDefault(status, 0L));
			}
			return new PartnerProgress(partner, (name == null) ? partner : name, all,
					all.values().stream().mapToLong(Long::longValue).sum());
		}

	}

}
