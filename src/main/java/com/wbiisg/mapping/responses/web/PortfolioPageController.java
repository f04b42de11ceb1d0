package com.wbiisg.mapping.responses.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import com.wbiisg.mapping.responses.ProjectFilter;
import com.wbiisg.mapping.responses.ProjectManagement;
import com.wbiisg.mapping.responses.ProjectView;
import com.wbiisg.mapping.responses.ResponseRoundManagement;
import com.wbiisg.mapping.responses.ResponseRoundView;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Our portfolio": the projects a partner focal point's organisation reports for a
 * reporting year and, while the year's response mapping round is open, the confirmation
 * that the portfolio is complete.
 */
@Controller
@PreAuthorize(PortfolioPageController.PARTNER)
class PortfolioPageController {

	static final String PARTNER = "hasRole('PARTNER_FOCAL_POINT')";

	static final String PORTFOLIO = "responses/portfolio";

	private static final int MAX_PROJECTS = 500;

	private final ProjectManagement projects;

	private final ResponseRoundManagement rounds;

	private final ProjectPageSupport support;

	private final Clock clock;

	PortfolioPageController(ProjectManagement projects, ResponseRoundManagement rounds, ProjectPageSupport support,
			Clock clock) {
		this.projects = projects;
		this.rounds = rounds;
		this.support = support;
		this.clock = clock;
	}

	@GetMapping("/projects/portfolio")
	String portfolio(@RequestParam(required = false) @Nullable Integer year, Model model) {
		long own = own();
		List<ResponseRoundView> all = this.rounds.list();
		int chosen = (year != null) ? year : defaultYear(all);
		List<ProjectView> projects = this.projects
			.search(new ProjectFilter(null, null, null, null, null, null, chosen, own, null), 0, MAX_PROJECTS)
			.getContent();
		TreeSet<Integer> years = new TreeSet<>();
		all.forEach((round) -> years.add(round.year()));
		years.add(chosen);
		model.addAttribute("year", chosen);
		model.addAttribute("years", years.descendingSet());
		model.addAttribute("organisation", this.support.organisation(own).orElse(null));
		model.addAttribute("projects", projects);
		model.addAttribute("partnerNames", this.support.partnerNames());
		model.addAttribute("round", all.stream().filter((round) -> round.year() == chosen).findFirst().orElse(null));
		model.addAttribute("status", this.rounds.statusOf(chosen, own).orElse(null));
		if (!model.containsAttribute("confirmation")) {
			model.addAttribute("confirmation", new ConfirmationForm(String.valueOf(chosen), null));
		}
		return PORTFOLIO;
	}

	@PostMapping("/projects/portfolio/confirmation")
	String confirm(@ModelAttribute("confirmation") ConfirmationForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		own();
		try {
			int year = year("year", form.year());
			this.rounds.confirm(year, null, form.note());
			redirect.addFlashAttribute("flashKey", "responses.flash.confirmed");
			return "redirect:/projects/portfolio?year=" + year;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			return portfolio(yearOrNull(form.year()), model);
		}
	}

	/**
	 * The newest open round's year, else the newest round's, else this year.
	 */
	private int defaultYear(List<ResponseRoundView> all) {
		return all.stream()
			.filter(ResponseRoundView::open)
			.map(ResponseRoundView::year)
			.findFirst()
			.or(() -> all.stream().map(ResponseRoundView::year).findFirst())
			.orElseGet(() -> LocalDate.now(this.clock).getYear());
	}

	private static long own() {
		Long own = ProjectPageSupport.ownOrganisation();
		if (own == null) {
			throw new AccessDeniedException(UserText.of("responses.portfolio.noOrganisation").english());
		}
		return own;
	}

	/**
	 * A reporting year as typed.
	 * @throws InvalidInputException naming the field when the text is not a year
	 */
	static int year(String field, @Nullable String text) {
		Integer year = yearOrNull(text);
		if (year == null) {
			throw new InvalidInputException(field, UserText.of("responses.mappingRound.yearRequired"));
		}
		return year;
	}

	private static @Nullable Integer yearOrNull(@Nullable String text) {
		if (text == null || !text.trim().matches("\\d{1,4}")) {
			return null;
		}
		return Integer.valueOf(text.trim());
	}

	/**
	 * A member's confirmation of its portfolio for a year, with an optional note.
	 */
	record ConfirmationForm(@Nullable String year, @Nullable String note) {
	}

}
