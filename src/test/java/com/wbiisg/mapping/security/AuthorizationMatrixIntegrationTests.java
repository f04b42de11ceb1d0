package com.wbiisg.mapping.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.consultation.Commenting;
import com.wbiisg.mapping.framework.FrameworkStatus;
import com.wbiisg.mapping.framework.FrameworkSummary;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.AccountData;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.meetings.ActionInput;
import com.wbiisg.mapping.meetings.ActionItems;
import com.wbiisg.mapping.meetings.AgendaInput;
import com.wbiisg.mapping.meetings.AttendanceInput;
import com.wbiisg.mapping.meetings.DocumentKind;
import com.wbiisg.mapping.meetings.FeedTokens;
import com.wbiisg.mapping.meetings.MeetingInput;
import com.wbiisg.mapping.meetings.MeetingKind;
import com.wbiisg.mapping.meetings.MeetingPlanning;
import com.wbiisg.mapping.meetings.MeetingRecords;
import com.wbiisg.mapping.meetings.MeetingStatus;
import com.wbiisg.mapping.meetings.MeetingView;
import com.wbiisg.mapping.meetings.MilestoneInput;
import com.wbiisg.mapping.meetings.MilestonePlanning;
import com.wbiisg.mapping.meetings.internal.documents.KeyDocuments;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.NeedInput;
import com.wbiisg.mapping.needs.NeedType;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.Perspective;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.needs.internal.CycleAdministration;
import com.wbiisg.mapping.needs.internal.NeedEditing;
import com.wbiisg.mapping.reporting.ReportAction;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.internal.ReportDraft;
import com.wbiisg.mapping.reporting.internal.ReportGeneration;
import com.wbiisg.mapping.reporting.internal.ReportLifecycle;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectInput;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.responses.ProjectView;
import com.wbiisg.mapping.responses.internal.ProjectRegistry;
import com.wbiisg.mapping.responses.internal.ResponseRounds;
import com.wbiisg.mapping.security.AccessTable.Caller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static com.wbiisg.mapping.support.FullSignIn.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Calls every endpoint the running application maps, as every kind of caller, and checks
 * the answer against {@link AccessTable}: refused callers get 401 (API), a redirect to
 * sign-in (pages) or 403, and never a 2xx; allowed callers are never refused and never
 * meet a server error.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	Membership membership;

	@Autowired
	Frameworks frameworks;

	@Autowired
	CycleAdministration cycles;

	@Autowired
	NeedEditing needs;

	@Autowired
	Commenting commenting;

	@Autowired
	ProjectRegistry projects;

	@Autowired
	ResponseRounds rounds;

	@Autowired
	ReportGeneration reports;

	@Autowired
	ReportLifecycle lifecycle;

	@Autowired
	MeetingPlanning planning;

	@Autowired
	MeetingRecords records;

	@Autowired
	ActionItems actionItems;

	@Autowired
	MilestonePlanning milestones;

	@Autowired
	KeyDocuments documents;

	@Autowired
	FeedTokens feedTokens;

	private final Map<Caller, UserDetails> callers = new EnumMap<>(Caller.class);

	private final Map<Caller, Long> accountIds = new EnumMap<>(Caller.class);

	private final Map<String, String> samples = new HashMap<>();

	@BeforeAll
	void createOneAccountPerCaller() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("matrix-setup", null,
					AuthorityUtils.createAuthorityList(Role.SECRETARIAT.authority())));
		try {
			account(Caller.SECRETARIAT, "matrix.secretariat", Role.SECRETARIAT, "RCC", null);
			account(Caller.BOARD, "matrix.board", Role.BOARD, "EC", null);
			account(Caller.BENEFICIARY, "matrix.mk", Role.BENEFICIARY_FOCAL_POINT, "MK", "MK");
			account(Caller.PARTNER, "matrix.at", Role.PARTNER_FOCAL_POINT, "AT", null);
			account(Caller.OBSERVER, "matrix.observer", Role.OBSERVER, "GR", null);
			account(Caller.ANONYMOUS, "matrix.target", Role.OBSERVER, "IT", null);
			// A comment by "matrix-setup", who is none of the callers, on an item of the
			// seeded WBCTi framework.
			FrameworkSummary wbcti = this.frameworks.versions("WBCTi")
				.stream()
				.filter((version) -> version.cycle().equals("2021\u20132022") && version.version() == 1)
				.findFirst()
				.orElseThrow();
			this.samples.put("comments/id", String.valueOf(
					this.commenting.add("FRAMEWORK_ITEM", wbcti.id() + "/ANT", "Matrix sample comment", null).id()));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		FrameworkSummary draft = this.frameworks.versions("WBCSCi")
			.stream()
			.filter((version) -> version.status() == FrameworkStatus.DRAFT)
			.findFirst()
			.orElseThrow();
		this.samples.put("frameworks/id", String.valueOf(draft.id()));
		this.samples.put("code", "ANT");
		this.samples.put("name", "coverage");
		this.samples.put("organisations/id", String.valueOf(organisation("IT").id()));
		this.samples.put("partners/code", "MK");
		this.samples.put("working-groups/id", String.valueOf(this.membership.workingGroups().get(0).id()));
		// The account that the user administration endpoints act on; no caller signs in
		// with it.
		this.samples.put("users/id", String.valueOf(this.accountIds.remove(Caller.ANONYMOUS)));
		this.callers.remove(Caller.ANONYMOUS);
		this.samples.put("tokens/id", "999999");
		this.samples.put("sessions/handle", "no-such-session");
		this.samples.put("passkeys/id", "no-such-passkey");
		this.samples.put("imports/id", "999999");
		this.samples.put("jobs/id", "999999");
		this.samples.put("exports/id", "999999");
		this.samples.put("jobId", "999999");
		this.samples.put("mail/id", "999999");
		sampleCycleAndNeed();
		sampleProjectAndRound();
		sampleReportDrafts();
		sampleMeetingRecords();
	}

	/**
	 * Two drafts of the Needs Mapping Report of the sample cycle, the second published:
	 * observers and anyone read it.
	 */
	private void sampleReportDrafts() {
		UserDetails secretariat = this.callers.get(Caller.SECRETARIAT);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(secretariat, null, secretariat.getAuthorities()));
		try {
			long cycle = Long.parseLong(this.samples.get("cycles/id"));
			ReportDraft first = this.reports.generate(ReportKind.NEEDS_MAPPING, null, cycle, null);
			ReportDraft second = this.reports.generate(ReportKind.NEEDS_MAPPING, null, cycle, null);
			this.lifecycle.transition(second.getId(), ReportAction.DISCUSS, "Matrix SG meeting", null, null);
			this.lifecycle.transition(second.getId(), ReportAction.FINALISE, null, null, null);
			this.lifecycle.transition(second.getId(), ReportAction.ADOPT, "Matrix Board", LocalDate.of(2022, 6, 20),
					null);
			this.lifecycle.transition(second.getId(), ReportAction.PUBLISH, null, null, null);
			this.samples.put("reports/id", String.valueOf(second.getId()));
			this.samples.put("otherId", String.valueOf(first.getId()));
			this.samples.put("section", "gaps");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * A held, unrestricted meeting with an agenda item, a line of attendance, an action
	 * item of North Macedonia (the beneficiary caller's organisation) and a milestone; a
	 * key document with a PDF version.
	 */
	private void sampleMeetingRecords() {
		asSecretariat(() -> {
			MeetingView meeting = this.planning.plan(new MeetingInput(MeetingKind.PILLAR_SG, null, "Matrix meeting",
					List.of("WBCTi"), "2021-05-05", null, "Europe/Skopje", true, "Skopje", "MK", null, null, null,
					List.of(), MeetingStatus.HELD, false, List.of(), List.of()));
			this.records.addAgendaItem(meeting.id(), 0, new AgendaInput("Opening", null, null, null));
			this.records.addAttendance(meeting.id(), 1, new AttendanceInput(organisation("MK").id(), null, null, null));
			this.samples.put("meetings/id", String.valueOf(meeting.id()));
			this.samples.put("position", "0");
			this.samples.put("actions/id",
					String.valueOf(this.actionItems
						.assign(meeting.id(), new ActionInput("Matrix action", organisation("MK").id(), null, null))
						.id()));
			this.samples.put("milestones/id",
					String.valueOf(this.milestones
						.set(new MilestoneInput("Matrix milestone", null, LocalDate.of(2021, 8, 2), null, null))
						.id()));
			long document = this.documents.create(DocumentKind.OTHER, "Matrix document", null).id();
			this.samples.put("documents/id", String.valueOf(document));
			this.samples
				.put("versionId",
						String
							.valueOf(
									this.documents
										.upload(document, null, "matrix.pdf", "application/pdf",
												"%PDF-1.4\n%%EOF\n"
													.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
										.id()));
			return null;
		});
	}

	/**
	 * The personal calendar feed answers a valid token of every kind of caller, with no
	 * session, and nothing else (see {@link AccessTable#TOKEN_ONLY}).
	 */
	@Test
	void answersThePersonalFeedToAValidTokenOfEveryCaller() throws Exception {
		for (Caller caller : this.callers.keySet()) {
			UserDetails user = this.callers.get(caller);
			SecurityContextHolder.getContext()
				.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			String token;
			try {
				token = this.feedTokens.rotate();
			}
			finally {
				SecurityContextHolder.clearContext();
			}
			MockHttpServletResponse response = this.mvc
				.perform(request(HttpMethod.GET, "/calendar.ics").param("token", token))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as("/calendar.ics with the token of " + caller).isEqualTo(200);
			assertThat(response.getContentAsString()).startsWith("BEGIN:VCALENDAR");
		}
	}

	/**
	 * A project of Austria (the partner caller's organisation) benefiting MK, and an open
	 * response mapping round.
	 */
	private void sampleProjectAndRound() {
		UserDetails at = this.callers.get(Caller.PARTNER);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(at, null, at.getAuthorities()));
		try {
			long austria = organisation("AT").id();
			ProjectView project = this.projects.register(new ProjectInput("Matrix sample project", null, null, null,
					List.of(new ProjectInput.Participation(austria, OrganisationRole.FUNDING)), List.of("MK"),
					List.of("WBCTi"), List.of(), null, "EUR", null, List.of(), null, null, null, null,
					ProjectStatus.IMPLEMENTATION, List.of(2021), true));
			this.samples.put("projects/id", String.valueOf(project.id()));
			this.samples.put("needId", this.samples.get("needs/id"));
			UserDetails secretariat = this.callers.get(Caller.SECRETARIAT);
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(secretariat, null,
						secretariat.getAuthorities()));
			if (this.rounds.find(2021).isEmpty()) {
				this.rounds.open(2021);
			}
			this.samples.put("year", "2021");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * An open cycle with a draft need of MK, entered by the beneficiary caller.
	 */
	private void sampleCycleAndNeed() {
		UserDetails mk = this.callers.get(Caller.BENEFICIARY);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(mk, null, mk.getAuthorities()));
		try {
			long adopted = this.frameworks.versions("WBCTi")
				.stream()
				.filter((version) -> version.status() == FrameworkStatus.ADOPTED)
				.findFirst()
				.orElseThrow()
				.id();
			CycleView cycle = this.cycles.list()
				.stream()
				.filter((c) -> c.name().equals("Matrix cycle"))
				.findFirst()
				.orElseGet(() -> asSecretariat(() -> this.cycles.open(adopted, "Matrix cycle", LocalDate.of(2021, 3, 4),
						LocalDate.of(2021, 9, 4))));
			NeedView need = this.needs
				.create(new NeedInput(cycle.id(), "PRE.2.1", "MK", "Matrix sample need", null, NeedType.OPERATIONAL,
						Perspective.PREVENTION, Priority.HIGH, null, null, null, null, null, null, false));
			this.samples.put("cycles/id", String.valueOf(cycle.id()));
			this.samples.put("needs/id", String.valueOf(need.id()));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private <T> T asSecretariat(java.util.function.Supplier<T> action) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("matrix-setup", null,
					AuthorityUtils.createAuthorityList(Role.SECRETARIAT.authority())));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	@Test
	void declaresEveryMappedEndpointAndNoOther() {
		Set<String> mapped = mappedEndpoints();
		assertThat(mapped).as("endpoints missing from AccessTable").isSubsetOf(AccessTable.RULES.keySet());
		assertThat(AccessTable.RULES.keySet()).as("rows of AccessTable that are not mapped").isSubsetOf(mapped);
	}

	@TestFactory
	List<DynamicTest> answersEveryCallerAsDeclared() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String endpoint : mappedEndpoints()) {
			Set<Caller> allowed = AccessTable.RULES.get(endpoint);
			if (allowed == null) {
				continue;
			}
			for (Caller caller : Caller.values()) {
				tests.add(DynamicTest.dynamicTest(endpoint + " as " + caller,
						() -> check(endpoint, caller, allowed.contains(caller))));
			}
		}
		return tests;
	}

	private void check(String endpoint, Caller caller, boolean allowed) throws Exception {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String path = endpoint.substring(endpoint.indexOf(' ') + 1);
		String url = resolve(path);
		boolean api = path.startsWith("/api/");
		boolean tokenOnly = AccessTable.TOKEN_ONLY.contains(endpoint);
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method.equals("ANY") ? "GET" : method), url);
		if (api && (method.equals("POST") || method.equals("PUT"))) {
			request.contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		if (!api && !method.equals("GET")) {
			request.with(csrf());
		}
		if (caller != Caller.ANONYMOUS) {
			request.with(user(this.callers.get(caller)));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		int status = response.getStatus();
		String redirect = response.getRedirectedUrl();
		boolean toSignIn = status == 302 && redirect != null && redirect.endsWith("/login");
		String description = endpoint + " as " + caller + " → " + status + (redirect == null ? "" : " " + redirect);
		if (tokenOnly) {
			assertThat(status).as(description + " (a session or no token gets 401)").isEqualTo(401);
		}
		else if (allowed) {
			// Spring Boot's /error answers a direct call with the status of "no error
			// recorded": 500.
			int ceiling = path.equals("/error") ? 600 : 500;
			assertThat(status).as(description).isNotIn(401, 403).isLessThan(ceiling);
			assertThat(toSignIn).as(description).isFalse();
		}
		else if (caller == Caller.ANONYMOUS) {
			assertThat(api ? status == 401 : toSignIn).as(description + " (expected " + (api ? "401" : "sign-in") + ")")
				.isTrue();
		}
		else {
			// 404: the record exists but is not visible to this caller, which refuses as
			// well.
			assertThat(status).as(description).isIn(403, 404);
		}
	}

	private String resolve(String path) {
		Matcher matcher = VARIABLE.matcher(path);
		StringBuilder url = new StringBuilder();
		while (matcher.find()) {
			String before = path.substring(0, matcher.start());
			String owner = before.replaceAll("/$", "");
			owner = owner.substring(owner.lastIndexOf('/') + 1);
			String value = this.samples.getOrDefault(owner + "/" + matcher.group(1),
					this.samples.get(matcher.group(1)));
			assertThat(value).as("sample value for {" + matcher.group(1) + "} in " + path).isNotNull();
			matcher.appendReplacement(url, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(url);
		return url.toString();
	}

	private Set<String> mappedEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					endpoints.add("ANY " + pattern);
				}
				for (RequestMethod method : methods) {
					endpoints.add(method.name() + " " + pattern);
				}
			}
		}
		return endpoints;
	}

	private void account(Caller caller, String username, Role role, String organisation, String partner) {
		long id = this.accounts.list()
			.stream()
			.filter((account) -> account.getUsername().equals(username))
			.findFirst()
			.orElseGet(() -> this.accounts.create(username, "Matrix-Pass-Phrase-42",
					new AccountData(username, username + "@matrix.test", role, organisation(organisation).id(),
							partner)))
			.getId();
		this.accountIds.put(caller, id);
		this.callers.put(caller, this.users.loadUserByUsername(username));
	}

	private Organisation organisation(String shortName) {
		return this.membership.organisations()
			.stream()
			.filter((org) -> org.shortName().equals(shortName))
			.findFirst()
			.orElseThrow();
	}

}
