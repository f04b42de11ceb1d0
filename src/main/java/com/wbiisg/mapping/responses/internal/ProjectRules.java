package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectInput;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The checks of a project's content, collecting every problem before failing: those
 * written on {@link ProjectInput} where they have always been made among the others (its
 * texts first), the names the registry knows, an IATI identifier no other project holds;
 * the money is {@link MoneyRules}', the periods and years {@link PeriodRules}'.
 */
@Component
class ProjectRules {

	static final int MAX_ORGANISATIONS = 40;

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
		RecordValidation.Checked alone = RecordValidation.checked(input);
		List<FieldProblem> problems = new ArrayList<>(alone.problems("title", "description", "iatiIdentifier"));
		String title = Inputs.text(input.title());
		String description = Inputs.text(input.description());
		String iatiIdentifier = iatiIdentifier(input.iatiIdentifier(), projectId, holders, problems);
		List<ProjectContent.Participant> organisations = organisations(input.organisations(), catalogue, problems);
		long reporting = reportingOrganisation(input.reportingOrganisationId(), organisations, viewer, catalogue,
				problems);
		Set<String> partners = partners(input.partners(), catalogue, problems);
		Set<String> initiatives = initiatives(input.initiatives(), catalogue, problems);
		Set<String> pillars = pillars(input.pillars(), initiatives, catalogue, problems);
		BigDecimal budget = MoneyRules.budget(input, alone, problems);
		String currency = MoneyRules.currency(input, alone, problems);
		BigDecimal rate = MoneyRules.eurRate(currency, input.eurRate(), problems);
		List<ProjectContent.Funding> funding = MoneyRules.funding(input.funding(), problems);
		PeriodRules.period(input.plannedStart(), input.plannedEnd(), "plannedEnd", problems);
		PeriodRules.period(input.actualStart(), input.actualEnd(), "actualEnd", problems);
		problems.addAll(alone.problems("status"));
		Set<Integer> years = PeriodRules.reportingYears(input, alone, problems);
		InvalidInputException.throwIfAny(problems);
		return new ProjectContent(title, description, iatiIdentifier, reporting, organisations, partners, initiatives,
				pillars, budget, currency, rate, funding, input.plannedStart(), input.plannedEnd(), input.actualStart(),
				input.actualEnd(), input.status(), years, !Boolean.FALSE.equals(input.publicListed()));
	}

	/**
	 * The identifier trimmed; whether another project holds it is asked only when it has
	 * the form of one, which its own check tells.
	 */
	private @Nullable String iatiIdentifier(@Nullable String given, @Nullable Long projectId,
			Function<String, Optional<Long>> holders, List<FieldProblem> problems) {
		String identifier = Inputs.text(given);
		if (identifier == null || !ProjectInput.IATI_IDENTIFIER.matcher(identifier).matches()) {
			return identifier;
		}
		Optional<Long> holder = holders.apply(identifier);
		if (holder.isPresent() && !holder.get().equals(projectId)) {
			problems.add(new FieldProblem("iatiIdentifier",
					UserText.of("responses.project.iatiIdentifierTaken", identifier, holder.get())));
		}
		return identifier;
	}

	private static List<ProjectContent.Participant> organisations(@Nullable List<ProjectInput.Participation> given,
			ReferenceCatalogue catalogue, List<FieldProblem> problems) {
		Set<ProjectContent.Participant> organisations = new LinkedHashSet<>();
		for (ProjectInput.Participation participation : (given == null) ? List.<ProjectInput.Participation>of()
				: given) {
			if (participation == null || participation.organisationId() == null) {
				problems
					.add(new FieldProblem("organisations", UserText.of("responses.project.organisationIdRequired")));
			}
			else if (participation.role() == null) {
				problems.add(new FieldProblem("organisations",
						UserText.of("responses.project.roleRequired", participation.organisationId())));
			}
			else if (!catalogue.knowsOrganisation(participation.organisationId())) {
				problems.add(new FieldProblem("organisations",
						UserText.of("responses.project.organisationNotRegistered", participation.organisationId())));
			}
			else {
				organisations.add(new ProjectContent.Participant(participation.organisationId(), participation.role()));
			}
		}
		if (organisations.stream().noneMatch((participant) -> participant.role() == OrganisationRole.FUNDING)) {
			problems.add(new FieldProblem("organisations", UserText.of("responses.project.funderRequired")));
		}
		if (organisations.size() > MAX_ORGANISATIONS) {
			problems.add(new FieldProblem("organisations",
					UserText.of("responses.project.tooManyOrganisations", MAX_ORGANISATIONS)));
		}
		return new ArrayList<>(organisations);
	}

	private static long reportingOrganisation(@Nullable Long given, List<ProjectContent.Participant> organisations,
			ProjectViewer viewer, ReferenceCatalogue catalogue, List<FieldProblem> problems) {
		if (viewer.role() == Role.PARTNER_FOCAL_POINT) {
			if (viewer.organisationId() == null || (given != null && !given.equals(viewer.organisationId()))) {
				throw new AccessDeniedException(UserText.of("responses.project.ownOrganisationOnly").english());
			}
			return viewer.organisationId();
		}
		if (viewer.role() != Role.SECRETARIAT) {
			throw new AccessDeniedException(UserText.of("responses.project.enterersOnly").english());
		}
		if (given != null) {
			if (!catalogue.knowsOrganisation(given)) {
				problems.add(new FieldProblem("reportingOrganisationId",
						UserText.of("responses.organisation.unknown", given)));
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
				problems.add(new FieldProblem("partners", UserText.of("responses.project.beneficiaryUnknown", code)));
			}
			else {
				partners.add(code);
			}
		}
		if (partners.isEmpty() && problems.stream().noneMatch((problem) -> problem.field().equals("partners"))) {
			problems.add(new FieldProblem("partners", UserText.of("responses.project.beneficiaryRequired")));
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
						UserText.of("responses.project.initiativeUnknown", code.trim())));
			}
			else {
				initiatives.add(known.get());
			}
		}
		if (initiatives.isEmpty() && problems.stream().noneMatch((problem) -> problem.field().equals("initiatives"))) {
			problems.add(new FieldProblem("initiatives", UserText.of("responses.project.initiativeRequired")));
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
				problems.add(new FieldProblem("pillars", initiatives.isEmpty()
						? UserText.of("responses.project.pillarOfNone", code)
						: UserText.of("responses.project.pillarUnknown", code, either(List.copyOf(initiatives)))));
			}
			else {
				pillars.add(code);
			}
		}
		return pillars;
	}

	/**
	 * The names as alternatives, "A or B or C", in the reader's language.
	 */
	private static Object either(List<String> names) {
		Object alternatives = names.get(names.size() - 1);
		for (int i = names.size() - 2; i >= 0; i--) {
			alternatives = UserText.of("responses.project.either", names.get(i), alternatives);
		}
		return alternatives;
	}

	/**
	 * What the checks know of the registry and the frameworks, read now; the pillars of
	 * an initiative are read when first asked for.
	 */
	ReferenceCatalogue catalogue() {
		return ReferenceCatalogue.read(this.membership, this.frameworks);
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
