package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.shared.FieldChecks;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The checks of a project's content, collecting every problem before failing: names the
 * registry knows, periods that end after they start, reporting years; the money is
 * {@link MoneyRules}'.
 */
@Component
class ProjectRules {

	/**
	 * IATI identifiers: no white space and none of the characters that break URLs.
	 */
	private static final Pattern IATI_IDENTIFIER = Pattern.compile("[^\\s/&|?]+");

	static final int FIRST_YEAR = 1990;

	static final int LAST_YEAR = 2100;

	private final Membership membership;

	private final Frameworks frameworks;

	private final ProjectRepository projects;

	ProjectRules(Membership membership, Frameworks frameworks, ProjectRepository projects) {
		this.membership = membership;
		this.frameworks = frameworks;
		this.projects = projects;
	}

	/**
	 * The content of {@code input} as {@code viewer} enters it for a new project
	 * ({@code projectId} null) or an existing one.
	 * @throws com.wbiisg.mapping.shared.InvalidInputException naming every field that is
	 * wrong
	 * @throws AccessDeniedException when a partner focal point names another reporting
	 * organisation than its own
	 */
	ProjectContent check(ProjectInput input, ProjectViewer viewer, @Nullable Long projectId) {
		return check(input, viewer, projectId, catalogue(),
				(identifier) -> this.projects.findByIatiIdentifier(identifier).map(Project::getId));
	}

	/**
	 * The checks of many projects at once: {@code catalogue} read once for all of them,
	 * {@code holders} telling which project holds an IATI identifier.
	 */
	ProjectContent check(ProjectInput input, ProjectViewer viewer, @Nullable Long projectId,
			ReferenceCatalogue catalogue, Function<String, Optional<Long>> holders) {
		List<FieldProblem> problems = new ArrayList<>();
		String title = FieldChecks.required(problems, "title", input.title(), 300);
		String description = FieldChecks.optional(problems, "description", input.description(), 4000);
		String iatiIdentifier = iatiIdentifier(input.iatiIdentifier(), projectId, holders, problems);
		List<ProjectContent.Participant> organisations = organisations(input.organisations(), catalogue, problems);
		long reporting = reportingOrganisation(input.reportingOrganisationId(), organisations, viewer, catalogue,
				problems);
		Set<String> partners = partners(input.partners(), catalogue, problems);
		Set<String> initiatives = initiatives(input.initiatives(), catalogue, problems);
		Set<String> pillars = pillars(input.pillars(), initiatives, catalogue, problems);
		BigDecimal budget = MoneyRules.amount(input.budgetAmount(), "budget.amount", problems);
		String currency = MoneyRules.currency(input.currency(), problems);
		BigDecimal rate = MoneyRules.eurRate(currency, input.eurRate(), problems);
		List<ProjectContent.Funding> funding = MoneyRules.funding(input.funding(), problems);
		period(input.plannedStart(), input.plannedEnd(), "plannedEnd", problems);
		period(input.actualStart(), input.actualEnd(), "actualEnd", problems);
		if (input.status() == null) {
			problems.add(new FieldProblem("status",
					"Choose the status: pipeline, implementation, finalisation, closed, cancelled or suspended."));
		}
		Set<Integer> years = reportingYears(input, problems);
		FieldChecks.throwIfAny(problems);
		return new ProjectContent(title, description, iatiIdentifier, reporting, organisations, partners, initiatives,
				pillars, budget, currency, rate, funding, input.plannedStart(), input.plannedEnd(), input.actualStart(),
				input.actualEnd(), input.status(), years, !Boolean.FALSE.equals(input.publicListed()));
	}

	private @Nullable String iatiIdentifier(@Nullable String given, @Nullable Long projectId,
			Function<String, Optional<Long>> holders, List<FieldProblem> problems) {
		String identifier = FieldChecks.optional(problems, "iatiIdentifier", given, 150);
		if (identifier == null) {
			return null;
		}
		if (!IATI_IDENTIFIER.matcher(identifier).matches()) {
			problems.add(new FieldProblem("iatiIdentifier",
					"An IATI identifier has no spaces and none of / & | ?, such as XM-DAC-41114-PROJECT-00123."));
			return identifier;
		}
		Optional<Long> holder = holders.apply(identifier);
		if (holder.isPresent() && !holder.get().equals(projectId)) {
			problems.add(new FieldProblem("iatiIdentifier",
					"The IATI identifier " + identifier + " is already used by project " + holder.get() + "."));
		}
		return identifier;
	}

	private static List<ProjectContent.Participant> organisations(@Nullable List<ProjectInput.Participation> given,
			ReferenceCatalogue catalogue, List<FieldProblem> problems) {
		Set<ProjectContent.Participant> organisations = new LinkedHashSet<>();
		for (ProjectInput.Participation participation : (given == null) ? List.<ProjectInput.Participation>of()
				: given) {
			if (participation == null || participation.organisationId() == null) {
				problems.add(new FieldProblem("organisations", "Name each organisation by its id."));
			}
			else if (participation.role() == null) {
				problems.add(new FieldProblem("organisations", "Give the role of organisation "
						+ participation.organisationId() + ": funding, accountable, extending or implementing."));
			}
			else if (!catalogue.knowsOrganisation(participation.organisationId())) {
				problems.add(new FieldProblem("organisations", "There is no organisation "
						+ participation.organisationId() + " in the registry; add it first."));
			}
			else {
				organisations.add(new ProjectContent.Participant(participation.organisationId(), participation.role()));
			}
		}
		if (organisations.stream().noneMatch((participant) -> participant.role() == OrganisationRole.FUNDING)) {
			problems.add(new FieldProblem("organisations", "Name at least one funding organisation (the donor)."));
		}
		if (organisations.size() > 40) {
			problems.add(new FieldProblem("organisations", "At most 40 participating organisations."));
		}
		return new ArrayList<>(organisations);
	}

	private static long reportingOrganisation(@Nullable Long given, List<ProjectContent.Participant> organisations,
			ProjectViewer viewer, ReferenceCatalogue catalogue, List<FieldProblem> problems) {
		if (viewer.role() == Role.PARTNER_FOCAL_POINT) {
			if (viewer.organisationId() == null || (given != null && !given.equals(viewer.organisationId()))) {
				throw new AccessDeniedException("A partner focal point enters the projects of its own organisation.");
			}
			return viewer.organisationId();
		}
		if (viewer.role() != Role.SECRETARIAT) {
			throw new AccessDeniedException("Projects are entered by partner focal points and the Secretariat.");
		}
		if (given != null) {
			if (!catalogue.knowsOrganisation(given)) {
				problems.add(new FieldProblem("reportingOrganisationId", "There is no organisation " + given + "."));
			}
			return given;
		}
		// The Secretariat entering a project on a member's behalf: the first funder
		// reports it unless it names another organisation.
		return organisations.stream()
			.filter((participant) -> participant.role() == OrganisationRole.FUNDING)
			.map(ProjectContent.Participant::organisationId)
			.findFirst()
			.orElse(0L);
	}

	private static Set<String> partners(@Nullable List<String> given, ReferenceCatalogue catalogue,
			List<FieldProblem> problems) {
		Set<String> partners = new TreeSet<>();
		for (String code : codes(given)) {
			if (!catalogue.partners().contains(code)) {
				problems.add(new FieldProblem("partners",
						"Unknown beneficiary " + code + "; use AL, BA, XK, ME, MK, RS or REG (regional)."));
			}
			else {
				partners.add(code);
			}
		}
		if (partners.isEmpty() && problems.stream().noneMatch((problem) -> problem.field().equals("partners"))) {
			problems.add(new FieldProblem("partners", "Name at least one beneficiary partner, or REG for regional."));
		}
		return partners;
	}

	private static Set<String> initiatives(@Nullable List<String> given, ReferenceCatalogue catalogue,
			List<FieldProblem> problems) {
		Set<String> initiatives = new TreeSet<>();
		for (String code : (given == null) ? List.<String>of() : given) {
			if (code == null || code.isBlank()) {
				continue;
			}
			Optional<String> known = Optional
				.ofNullable(catalogue.initiatives().get(code.trim().toUpperCase(Locale.ROOT)));
			if (known.isEmpty()) {
				problems.add(new FieldProblem("initiatives",
						"Unknown initiative " + code.trim() + "; use WBCTi, WBCSCi or WBBSi."));
			}
			else {
				initiatives.add(known.get());
			}
		}
		if (initiatives.isEmpty() && problems.stream().noneMatch((problem) -> problem.field().equals("initiatives"))) {
			problems.add(new FieldProblem("initiatives", "Name the initiative the project supports."));
		}
		return initiatives;
	}

	private static Set<String> pillars(@Nullable List<String> given, Set<String> initiatives,
			ReferenceCatalogue catalogue, List<FieldProblem> problems) {
		Set<String> known = initiatives.stream()
			.flatMap((initiative) -> catalogue.pillars(initiative).stream())
			.collect(Collectors.toSet());
		Set<String> pillars = new TreeSet<>();
		for (String code : codes(given)) {
			if (!known.contains(code)) {
				problems.add(new FieldProblem("pillars", code + " is not a pillar of "
						+ (initiatives.isEmpty() ? "the initiatives named" : String.join(" or ", initiatives)) + "."));
			}
			else {
				pillars.add(code);
			}
		}
		return pillars;
	}

	private static void period(@Nullable LocalDate start, @Nullable LocalDate end, String field,
			List<FieldProblem> problems) {
		if (start != null && end != null && end.isBefore(start)) {
			problems.add(new FieldProblem(field, "The end date " + end + " is before the start date " + start + "."));
		}
	}

	/**
	 * What the checks know of the registry and the frameworks, read now; the pillars of
	 * an initiative are read when first asked for.
	 */
	ReferenceCatalogue catalogue() {
		return ReferenceCatalogue.read(this.membership, this.frameworks);
	}

	/**
	 * The years given, or else the years of the project's period (actual, else planned).
	 */
	private static Set<Integer> reportingYears(ProjectInput input, List<FieldProblem> problems) {
		Set<Integer> years = new TreeSet<>();
		for (Integer year : (input.reportingYears() == null) ? List.<Integer>of() : input.reportingYears()) {
			if (year == null) {
				continue;
			}
			if (year < FIRST_YEAR || year > LAST_YEAR) {
				problems.add(new FieldProblem("reportingYears", "A reporting year lies between 1990 and 2100."));
			}
			else {
				years.add(year);
			}
		}
		if (!years.isEmpty()) {
			return years;
		}
		LocalDate start = (input.actualStart() != null) ? input.actualStart() : input.plannedStart();
		LocalDate end = (input.actualEnd() != null) ? input.actualEnd() : input.plannedEnd();
		if (start != null && end != null && !end.isBefore(start) && end.getYear() - start.getYear() < 30) {
			for (int year = start.getYear(); year <= end.getYear(); year++) {
				years.add(year);
			}
		}
		return years;
	}

	private static List<String> codes(@Nullable List<String> given) {
		List<String> codes = new ArrayList<>();
		for (String code : (given == null) ? List.<String>of() : given) {
			if (code != null && !code.isBlank()) {
				codes.add(code.trim().toUpperCase(Locale.ROOT));
			}
		}
		return codes;
	}

}
