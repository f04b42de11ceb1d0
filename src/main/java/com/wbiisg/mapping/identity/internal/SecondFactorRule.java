package com.wbiisg.mapping.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.WorkingGroup;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.FactorAuthorizationDecision;
import org.springframework.security.authorization.RequiredFactor;
import org.springframework.security.authorization.RequiredFactorError;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Who must give a second factor after the password, and the check of the pages' filter
 * chain that asks for it (the additional authorization of its
 * {@code DefaultAuthorizationManagerFactory}). The Secretariat, the Board and whoever may
 * read restricted needs must (DESIGN.md §2: the beneficiary focal points, and the partner
 * focal points whose organisation leads or belongs to a working group, the pillar leads
 * among them), everyone with {@code iisg.security.mfa.required-for-all}, and anyone who
 * enrolled a factor of their own accord; the demo accounts are spared when
 * {@code iisg.security.mfa.demo-exempt} is on. A second factor is an authenticator code
 * ({@value #TOTP_AUTHORITY}), a passkey ({@code FACTOR_WEBAUTHN}) or a recovery code
 * ({@value #RECOVERY_CODE_AUTHORITY}); the password is needed besides. A missing factor
 * is answered with the factors missing, which the chain turns into the second-factor
 * step.
 */
@Component
public class SecondFactorRule implements AuthorizationManager<RequestAuthorizationContext> {

	public static final String TOTP_AUTHORITY = "FACTOR_TOTP";

	public static final String RECOVERY_CODE_AUTHORITY = "FACTOR_RECOVERY_CODE";

	static final Set<String> SECOND_FACTORS = Set.of(TOTP_AUTHORITY, FactorGrantedAuthority.WEBAUTHN_AUTHORITY,
			RECOVERY_CODE_AUTHORITY);

	private static final Set<Role> ALWAYS = Set.of(Role.SECRETARIAT, Role.BOARD, Role.BENEFICIARY_FOCAL_POINT);

	private final MfaProperties settings;

	private final Membership membership;

	private final List<SecondFactorEnrolment> enrolments;

	private final List<SecondFactorExemption> exemptions;

	SecondFactorRule(MfaProperties settings, Membership membership, List<SecondFactorEnrolment> enrolments,
			List<SecondFactorExemption> exemptions) {
		this.settings = settings;
		this.membership = membership;
		this.enrolments = enrolments;
		this.exemptions = exemptions;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> supplier,
			RequestAuthorizationContext context) {
		Authentication authentication = supplier.get();
		if (!signedIn(authentication)) {
			return new AuthorizationDecision(true);
		}
		boolean password = has(authentication, FactorGrantedAuthority.PASSWORD_AUTHORITY);
		boolean second = hasSecondFactor(authentication);
		if ((password && second) || !mustUse(authentication)) {
			return new AuthorizationDecision(true);
		}
		return missing(password, second);
	}

	/**
	 * The check of the enrolment pages: open to a session with a second factor, and to
	 * one with the password alone while the account has no factor yet (it must enrol one
	 * before anything else), never to a password alone where a factor exists, which would
	 * let a stolen password replace the factor.
	 */
	public AuthorizationManager<RequestAuthorizationContext> enrolment() {
		return (supplier, context) -> {
			Authentication authentication = supplier.get();
			if (!signedIn(authentication)) {
				return new AuthorizationDecision(false);
			}
			if (hasSecondFactor(authentication) || !enrolledAny(userOf(authentication))) {
				return new AuthorizationDecision(true);
			}
			return missing(true, false);
		};
	}

	/**
	 * Whether the session, signed in with a password, must still give a second factor.
	 */
	public boolean needsSecondFactor(Authentication authentication) {
		return !hasSecondFactor(authentication) && mustUse(authentication);
	}

	/**
	 * Whether the account must sign in with a second factor: obliged by its role or the
	 * settings, or having enrolled one.
	 */
	public boolean mustUse(CurrentUser user) {
		return obliged(user) || enrolledAny(user);
	}

	/**
	 * Whether the role or the settings oblige the account to a second factor, whether or
	 * not it has enrolled one; such an account may not remove its last factor.
	 */
	public boolean obliged(CurrentUser user) {
		if (this.settings.demoExempt()
				&& this.exemptions.stream().anyMatch((exemption) -> exemption.exempts(user.username()))) {
			return false;
		}
		return this.settings.requiredForAll() || ALWAYS.contains(user.role())
				|| (user.role() == Role.PARTNER_FOCAL_POINT && readsRestrictedNeeds(user.organisationId()));
	}

	public boolean enrolledAny(CurrentUser user) {
		return user.accountId() > 0
				&& this.enrolments.stream().anyMatch((enrolment) -> enrolment.enrolled(user.accountId()));
	}

	static boolean hasSecondFactor(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(SECOND_FACTORS::contains);
	}

	private boolean mustUse(Authentication authentication) {
		return mustUse(userOf(authentication));
	}

	private boolean readsRestrictedNeeds(@Nullable Long organisationId) {
		if (organisationId == null) {
			return false;
		}
		for (WorkingGroup group : this.membership.workingGroups()) {
			if (group.leads().contains(organisationId) || group.members().contains(organisationId)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The user of the authentication. A principal that is not an account (as tests make
	 * them) is taken by its name and role, with no enrolled factor.
	 */
	private static CurrentUser userOf(Authentication authentication) {
		if (authentication.getPrincipal() instanceof CurrentUser.CurrentUserHolder holder) {
			return holder.currentUser();
		}
		Role role = Role.OBSERVER;
		for (Role candidate : Role.values()) {
			if (has(authentication, candidate.authority())) {
				role = candidate;
			}
		}
		return new CurrentUser(0, authentication.getName(), authentication.getName(), role, null, null);
	}

	private static boolean signedIn(@Nullable Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static boolean has(Authentication authentication, String authority) {
		Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
		return authorities.stream().anyMatch((granted) -> authority.equals(granted.getAuthority()));
	}

	/**
	 * The factors missing, the password first and the authenticator code before the
	 * others: the chain sends the user to the page of the first one it knows.
	 */
	private static FactorAuthorizationDecision missing(boolean password, boolean second) {
		List<RequiredFactorError> errors = new ArrayList<>();
		if (!password) {
			errors.add(missing(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		}
		if (!second) {
			errors.add(missing(TOTP_AUTHORITY));
			errors.add(missing(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
			errors.add(missing(RECOVERY_CODE_AUTHORITY));
		}
		return new FactorAuthorizationDecision(errors);
	}

	private static RequiredFactorError missing(String authority) {
		return RequiredFactorError.createMissing(RequiredFactor.withAuthority(authority).build());
	}

}
