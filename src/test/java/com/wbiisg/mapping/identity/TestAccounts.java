package com.wbiisg.mapping.identity;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.wbiisg.mapping.identity.internal.Account;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import org.jspecify.annotations.Nullable;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Accounts for tests, created the way the Secretariat creates them. The test database and
 * context are shared between test classes, so every account gets a name of its own.
 */
public final class TestAccounts {

	public static final String PASSWORD = "Plum-Orchard-Lantern-42";

	private TestAccounts() {
	}

	static String uniqueName(String prefix) {
		return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
	}

	public static Account create(AccountAdministration administration, String prefix, Role role) {
		return create(administration, prefix, role, null, null);
	}

	static Account create(AccountAdministration administration, String prefix, Role role, @Nullable Long organisationId,
			@Nullable String partnerCode) {
		String username = uniqueName(prefix);
		AccountData data = new AccountData("Test " + username, username + "@test.invalid", role, organisationId,
				partnerCode);
		return asSecretariat(() -> administration.create(username, PASSWORD, data));
	}

	/**
	 * An account that signs in with its password alone: a partner focal point of an
	 * organisation in no working group, which reads no restricted need. For the tests of
	 * passwords, sessions, throttling and tokens that HTTP Basic or the sign-in form of a
	 * real connection carry, which cannot give a second factor.
	 */
	static Account createWithPasswordAlone(AccountAdministration administration, Membership membership, String prefix) {
		long organisation = membership.organisations()
			.stream()
			.map(Organisation::id)
			.filter((id) -> membership.workingGroups()
				.stream()
				.noneMatch((group) -> group.leads().contains(id) || group.members().contains(id)))
			.findFirst()
			.orElseThrow();
		return create(administration, prefix, Role.PARTNER_FOCAL_POINT, organisation, null);
	}

	/**
	 * Runs an administration call as a Secretariat user, then puts back whoever was
	 * signed in.
	 */
	public static <T> T asSecretariat(Supplier<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-secretariat", null,
				List.of(new SimpleGrantedAuthority(Role.SECRETARIAT.authority()))));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	static void runAsSecretariat(Runnable action) {
		asSecretariat(() -> {
			action.run();
			return null;
		});
	}

	/**
	 * Signs in through the sign-in form, with the second factor where the account must
	 * give one ({@link SecondFactorTesting}), and returns the session of the signed-in
	 * user.
	 */
	public static MockHttpSession signIn(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = mvc.perform(formLogin().user(username).password(password)).andReturn();
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		String next = result.getResponse().getRedirectedUrl();
		if ("/login/factor".equals(next)) {
			next = SecondFactorTesting.complete(mvc, session, username);
		}
		assertThat(next).as("where the sign-in of " + username + " goes").isEqualTo("/");
		return session;
	}

	public static MockHttpSession signIn(MockMvc mvc, Account account) throws Exception {
		return signIn(mvc, account.getUsername(), PASSWORD);
	}

}
