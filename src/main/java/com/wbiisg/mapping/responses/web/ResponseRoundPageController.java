package com.wbiisg.mapping.responses.web;

import java.util.List;

import com.wbiisg.mapping.responses.ResponseRoundManagement;
import com.wbiisg.mapping.responses.ResponseRoundOverview;
import com.wbiisg.mapping.responses.ResponseRoundView;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.validation.DigitsText;
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
 * The annual response mapping rounds for the Secretariat and the Board: which members
 * have confirmed their portfolio of a reporting year and which have not. The Secretariat
 * opens, closes and reopens rounds and confirms on a member's behalf.
 */
@Controller
class ResponseRoundPageController {

	static final String READERS = "hasAnyRole('SECRETARIAT','BOARD')";

	static final String SECRETARIAT = "hasRole('SECRETARIAT')";

	static final String ROUNDS = "responses/rounds";

	static final String ROUND = "responses/round";

	private final ResponseRoundManagement rounds;

	ResponseRoundPageController(ResponseRoundManagement rounds) {
		this.rounds = rounds;
	}

	@GetMapping("/responses/rounds")
	@PreAuthorize(READERS)
	String list(Model model) {
		List<ResponseRoundOverview> overviews = this.rounds.list()
			.stream()
			.map((round) -> this.rounds.overview(round.year()))
			.toList();
		model.addAttribute("overviews", overviews);
		model.addAttribute("secretariat", ProjectPageSupport.isSecretariat());
		if (!model.containsAttribute("opening")) {
			model.addAttribute("opening", new OpeningForm(null));
		}
		return ROUNDS;
	}

	@PostMapping("/responses/rounds")
	@PreAuthorize(SECRETARIAT)
	String open(@ModelAttribute("opening") OpeningForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			ResponseRoundView round = this.rounds.open(PortfolioPageController.year("year", form.year()));
			redirect.addFlashAttribute("flashKey", "responses.flash.roundOpened");
			return "redirect:/responses/rounds/" + round.year();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			return list(model);
		}
	}

	@PostMapping("/responses/rounds/{year}/close")
	@PreAuthorize(SECRETARIAT)
	String close(@PathVariable int year, RedirectAttributes redirect) {
		this.rounds.close(year);
		redirect.addFlashAttribute("flashKey", "responses.flash.roundClosed");
		return "redirect:/responses/rounds#round-" + year;
	}

	@PostMapping("/responses/rounds/{year}/reopen")
	@PreAuthorize(SECRETARIAT)
	String reopen(@PathVariable int year, RedirectAttributes redirect) {
		this.rounds.reopen(year);
		redirect.addFlashAttribute("flashKey", "responses.flash.roundReopened");
		return "redirect:/responses/rounds#round-" + year;
	}

	@GetMapping("/responses/rounds/{year}")
	@PreAuthorize(READERS)
	String round(@PathVariable int year, Model model) {
		model.addAttribute("overview", this.rounds.overview(year));
		model.addAttribute("secretariat", ProjectPageSupport.isSecretariat());
		if (!model.containsAttribute("confirmation")) {
			model.addAttribute("confirmation", new OnBehalfForm(null, null));
		}
		return ROUND;
	}

	@PostMapping("/responses/rounds/{year}/confirmations")
	@PreAuthorize(SECRETARIAT)
	String confirm(@PathVariable int year, @ModelAttribute("confirmation") OnBehalfForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			RecordValidation.check(form);
			Long organisation = ProjectForm.id(form.organisationId());
			this.rounds.confirm(year, organisation, form.note());
			redirect.addFlashAttribute("flashKey", "responses.flash.confirmedOnBehalf");
			return "redirect:/responses/rounds/" + year + "#member-" + organisation;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			return round(year, model);
		}
	}

	/**
	 * The year of a new round, as typed.
	 */
	record OpeningForm(@Nullable String year) {
	}

	/**
	 * The Secretariat's confirmation of a member's portfolio on its behalf.
	 */
	record OnBehalfForm(@DigitsText(message = ProjectForm.CHOOSE) @Nullable String organisationId,
			@Nullable String note) {
	}

}
