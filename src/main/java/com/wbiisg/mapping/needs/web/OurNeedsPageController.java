package com.wbiisg.mapping.needs.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.wbiisg.mapping.framework.FrameworkTree;
import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.needs.CycleStatus;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.NeedFilter;
import com.wbiisg.mapping.needs.NeedManagement;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Our needs": a partner's template for a cycle (the framework tree with the partner's
 * needs under each measure, its progress, and the form to add a need), for its focal
 * point, and for the Secretariat for any partner, regional needs included.
 */
@Controller
@PreAuthorize(OurNeedsPageController.ENTERERS)
class OurNeedsPageController {

	static final String ENTERERS = "hasAnyRole('SECRETARIAT','BENEFICIARY_FOCAL_POINT')";

	static final String OURS = "needs/ours";

	static final String FORM = "needs/need-form";

	static final String FORM_FRAGMENT = "needs/need-form :: form";

	private static final RecordType MEASURE = RecordType.of("Measure", "needs.record.measure");

	private static final RecordType PARTNER = RecordType.of("WB partner", "needs.record.partner");

	private final NeedPageSupport support;

	private final NeedManagement needs;

	OurNeedsPageController(NeedPageSupport support, NeedManagement needs) {
		this.support = support;
		this.needs = needs;
	}

	@GetMapping("/needs/ours")
	String ours(@RequestParam(required = false) @Nullable Long cycle,
			@RequestParam(required = false) @Nullable String partner, Model model) {
		String code = partnerFor(partner);
		CycleView chosen = (cycle != null) ? this.support.cycle(cycle) : this.support.defaultCycle().orElse(null);
		this.support.addOptions(model);
		model.addAttribute("cycles", this.support.cycles());
		model.addAttribute("cycle", chosen);
		model.addAttribute("partner", code);
		model.addAttribute("secretariat", NeedPageSupport.isSecretariat());
		if (chosen == null) {
			return OURS;
		}
		FrameworkTree tree = this.support.tree(chosen.frameworkId());
		List<NeedView> needs = this.needs.all(new NeedFilter(chosen.id(), code, null, null, null, null, null));
		Map<String, List<NeedView>> byMeasure = new LinkedHashMap<>();
		Map<NeedStatus, Long> counts = new EnumMap<>(NeedStatus.class);
		for (NeedStatus status : NeedStatus.values()) {
			counts.put(status, 0L);
		}
		for (NeedView need : needs) {
			byMeasure.computeIfAbsent(need.measureCode(), (measure) -> new ArrayList<>()).add(need);
			counts.merge(need.status(), 1L, Long::sum);
		}
		List<String> measures = tree.flatten()
			.stream()
			.filter((node) -> node.level() == ItemLevel.MEASURE)
			.map(FrameworkTree.Node::code)
			.toList();
		model.addAttribute("tree", tree);
		model.addAttribute("needsByMeasure", byMeasure);
		model.addAttribute("counts", counts);
		model.addAttribute("total", needs.size());
		model.addAttribute("measureCount", measures.size());
		model.addAttribute("measuresWithNeeds", measures.stream().filter(byMeasure::containsKey).count());
		model.addAttribute("canAdd", chosen.status() == CycleStatus.OPEN && mayEnterFor(code));
		model.addAttribute("drafts", counts.get(NeedStatus.DRAFT));
		model.addAttribute("canSubmit", counts.get(NeedStatus.DRAFT) > 0
				&& (NeedPageSupport.isSecretariat() || code.equals(NeedPageSupport.ownPartner())));
		return OURS;
	}

	@PostMapping("/needs/ours/submissions")
	String submitAll(@RequestParam(required = false) @Nullable Long cycle,
			@RequestParam(required = false) @Nullable String partner, RedirectAttributes redirect) {
		String code = partnerFor(partner);
		if (cycle != null) {
			redirect.addFlashAttribute("submitted", this.needs.submitAllDrafts(cycle, code));
		}
		return "redirect:" + oursUrl(cycle, code, null);
	}

	/**
	 * The form for a new need under a measure; without a cycle and a measure, the
	 * template to choose one in.
	 */
	@GetMapping("/needs/new")
	String newNeed(@RequestParam(required = false) @Nullable Long cycle,
			@RequestParam(required = false) @Nullable String measure,
			@RequestParam(required = false) @Nullable String partner,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		String code = partnerFor(partner);
		if (cycle == null || measure == null) {
			return "redirect:" + oursUrl(cycle, code, null);
		}
		CycleView chosen = this.support.cycle(cycle);
		FrameworkTree.Node node = this.support.tree(chosen.frameworkId())
			.find(measure)
			.filter((found) -> found.level() == ItemLevel.MEASURE)
			.orElseThrow(() -> new RecordNotFoundException(MEASURE, measure));
		formModel(model, NeedForm.blank(chosen.id(), node.code(), code));
		return (htmx != null) ? FORM_FRAGMENT : FORM;
	}

	@PostMapping("/needs")
	String create(@ModelAttribute("need") NeedForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		String code = (NeedPageSupport.ownPartner() != null) ? NeedPageSupport.ownPartner()
				: NeedPageSupport.upper(form.partner());
		try {
			NeedView need = this.needs.create(form.toInput(code));
			return "redirect:" + oursUrl(need.cycleId(), need.partner(), "measure-" + need.measureCode());
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			formModel(model, form);
			return FORM;
		}
	}

	/**
	 * The model of the need form for a new need; the form's placement may be wrong when
	 * it comes back with errors, so nothing here fails on it.
	 */
	private void formModel(Model model, NeedForm form) {
		this.support.addOptions(model);
		if (!model.containsAttribute("need")) {
			model.addAttribute("need", form);
		}
		CycleView cycle = null;
		FrameworkTree.Node measure = null;
		if (form.cycleId() != null) {
			try {
				cycle = this.support.cycle(form.cycleId());
				measure = (form.measureCode() == null) ? null
						: this.support.tree(cycle.frameworkId()).find(form.measureCode()).orElse(null);
			}
			catch (RecordNotFoundException ex) {
				cycle = null;
			}
		}
		model.addAttribute("cycle", cycle);
		model.addAttribute("measure", measure);
		model.addAttribute("editing", null);
	}

	/**
	 * A focal point's own partner; the partner the Secretariat chose, the first one when
	 * it chose none.
	 */
	private String partnerFor(@Nullable String requested) {
		String own = NeedPageSupport.ownPartner();
		if (own != null) {
			return own;
		}
		String code = NeedPageSupport.upper(requested);
		if (code == null) {
			return this.support.partnerNames().keySet().stream().findFirst().orElse(Partner.REGIONAL);
		}
		return this.support.partner(code)
			.map(Partner::code)
			.orElseThrow(() -> new RecordNotFoundException(PARTNER, code));
	}

	private static boolean mayEnterFor(String partner) {
		return NeedPageSupport.isSecretariat()
				|| (Objects.equals(partner, NeedPageSupport.ownPartner()) && !Partner.REGIONAL.equals(partner));
	}

	static String oursUrl(@Nullable Long cycle, String partner, @Nullable String fragment) {
		return UriComponentsBuilder.fromPath("/needs/ours")
			.queryParamIfPresent("cycle", Optional.ofNullable(cycle))
			.queryParam("partner", partner)
			.fragment(fragment)
			.encode()
			.toUriString();
	}

}
