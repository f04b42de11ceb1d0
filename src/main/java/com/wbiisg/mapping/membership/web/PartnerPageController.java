package com.wbiisg.mapping.membership.web;

import java.util.Locale;

import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.MembershipRegistry;
import com.wbiisg.mapping.membership.Partner;
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
 * The Western Balkan partners for every member; the Secretariat edits their names and
 * national bodies (codes are the platform's stable contract and do not change).
 */
@Controller
class PartnerPageController {

	private static final String SECRETARIAT = "hasRole('SECRETARIAT')";

	static final String LIST = "membership/partners";

	static final String FORM = "membership/partner-form";

	private final Membership membership;

	private final MembershipRegistry registry;

	PartnerPageController(Membership membership, MembershipRegistry registry) {
		this.membership = membership;
		this.registry = registry;
	}

	@GetMapping("/partners")
	String list(Model model) {
		model.addAttribute("partners", this.membership.partners());
		return LIST;
	}

	@GetMapping("/partners/{code}/edit")
	@PreAuthorize(SECRETARIAT)
	String edit(@PathVariable String code, Model model) {
		Partner partner = find(code);
		model.addAttribute("partnerForm", PartnerForm.of(partner));
		model.addAttribute("partner", partner);
		return FORM;
	}

	@PostMapping("/partners/{code}")
	@PreAuthorize(SECRETARIAT)
	String update(@PathVariable String code, @ModelAttribute("partnerForm") PartnerForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Partner partner = find(code);
		model.addAttribute("partner", partner);
		try {
			this.registry.updatePartner(partner.code(), (form.version() == null) ? -1 : form.version(), form.name(),
					form.nationalBodies());
			redirect.addFlashAttribute("flashKey", "membership.partner.saved");
			return "redirect:/partners";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(422);
			return FORM;
		}
		catch (ConflictException ex) {
			// Show their values and version, so saving again is deliberate.
			Partner theirs = find(code);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("stale", true);
			model.addAttribute("mine", form);
			model.addAttribute("partner", theirs);
			model.addAttribute("partnerForm", PartnerForm.of(theirs));
			return FORM;
		}
	}

	private Partner find(String code) {
		// Codes are upper case (DESIGN.md §6); "xk" finds Kosovo* too.
		return this.membership.partner(code.toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new RecordNotFoundException(MembershipRegistry.PARTNER, code));
	}

	/**
	 * What the partner form sends.
	 */
	record PartnerForm(@Nullable String name, @Nullable String nationalBodies, @Nullable Long version) {

		static PartnerForm of(Partner partner) {
			return new PartnerForm(partner.name(), partner.nationalBodies(), partner.version());
		}

	}

}
