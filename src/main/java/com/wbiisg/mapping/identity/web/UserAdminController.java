package com.wbiisg.mapping.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.wbiisg.mapping.identity.AccountData;
import com.wbiisg.mapping.identity.AccountDetails;
import com.wbiisg.mapping.identity.AccountManagement;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.identity.SecondFactors;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's user administration: the list of accounts, creating and changing an
 * account, disabling and enabling it, and resetting its password or its second factors.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('SECRETARIAT')")
class UserAdminController {

	static final String LIST = "identity/users";

	static final String FORM = "identity/user-form";

	private static final String TO_LIST = "redirect:/admin/users";

	private final AccountManagement administration;

	private final Membership membership;

	private final Clock clock;

	private final SecondFactors factors;

	UserAdminController(AccountManagement administration, Membership membership, Clock clock, SecondFactors factors) {
		this.administration = administration;
		this.membership = membership;
		this.clock = clock;
		this.factors = factors;
	}

	@GetMapping
	String list(Model model) {
		Map<Long, String> organisations = organisationNames();
		Map<String, String> partners = partnerNames();
		Instant now = this.clock.instant();
		model.addAttribute("accounts",
				this.administration.list()
					.stream()
					.map((account) -> AccountRow.of(account, organisations, partners, now))
					.toList());
		return LIST;
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		model.addAttribute("account", AccountForm.empty());
		return form(model, null);
	}

	@PostMapping
	String create(@ModelAttribute("account") AccountForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.administration.create(form.username(), form.password(), form.data());
				redirect.addFlashAttribute("flashKey", "identity.users.created");
				return TO_LIST;
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		AccountDetails account = this.administration.get(id);
		model.addAttribute("account", AccountForm.of(account));
		return form(model, account);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("account") AccountForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.administration.update(id, (form.version() == null) ? -1 : form.version(), form.data());
				redirect.addFlashAttribute("flashKey", "identity.users.updated");
				return TO_LIST;
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
			catch (ConflictException ex) {
				// Show the other person's saved values with the current version, and what
				// this user typed.
				AccountDetails current = this.administration.get(id);
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("stale", true);
				model.addAttribute("mine", form);
				model.addAttribute("account", AccountForm.of(current));
				return form(model, current);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(model, this.administration.get(id));
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		this.administration.disable(id);
		redirect.addFlashAttribute("flashKey", "identity.users.disabled");
		return TO_LIST;
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		this.administration.enable(id);
		redirect.addFlashAttribute("flashKey", "identity.users.enabled");
		return TO_LIST;
	}

	/**
	 * Removes the user's second factors, for a user who lost them; they enrol anew at
	 * their next sign-in.
	 */
	@PostMapping("/{id}/factors/reset")
	String resetFactors(@PathVariable long id, RedirectAttributes redirect) {
		this.factors.reset(id);
		redirect.addFlashAttribute("flashKey", "identity.users.factorsReset");
		return TO_LIST;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @ModelAttribute("reset") PasswordForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.administration.resetPassword(id, form.password());
			redirect.addFlashAttribute("flashKey", "identity.users.passwordReset");
			return TO_LIST;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			AccountDetails account = this.administration.get(id);
			model.addAttribute("account", AccountForm.of(account));
			return form(model, account);
		}
	}

	private String form(Model model, @Nullable AccountDetails account) {
		model.addAttribute("editing", (account == null) ? null
				: AccountRow.of(account, organisationNames(), partnerNames(), this.clock.instant()));
		model.addAttribute("roles", Role.values());
		model.addAttribute("organisations", this.membership.organisations());
		model.addAttribute("partners", this.membership.partners());
		if (!model.containsAttribute("reset")) {
			model.addAttribute("reset", new PasswordForm(null));
		}
		return FORM;
	}

	private Map<Long, String> organisationNames() {
		return this.membership.organisations()
			.stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::shortName, (a, b) -> a));
	}

	private Map<String, String> partnerNames() {
		List<Partner> partners = this.membership.partners();
		return partners.stream().collect(Collectors.toMap(Partner::code, Partner::name, (a, b) -> a));
	}

	/**
	 * The account form; the user name and the initial password are read only when
	 * creating.
	 */
	record AccountForm(@Nullable String username, @Nullable String displayName, @Nullable String email,
			@Nullable Role role, @Nullable Long organisationId, @Nullable String partnerCode, @Nullable String password,
			@Nullable Long version) {

		static AccountForm empty() {
			return new AccountForm(null, null, null, null, null, null, null, null);
		}

		static AccountForm of(AccountDetails account) {
			return new AccountForm(account.username(), account.displayName(), account.email(), account.role(),
					account.organisationId(), account.partnerCode(), null, account.version());
		}

		AccountData data() {
			return new AccountData(this.displayName, this.email, this.role, this.organisationId, this.partnerCode);
		}

	}

	record PasswordForm(@Nullable String password) {
	}

}
