package com.wbiisg.mapping.responses.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.responses.IatiProjectBatches;
import com.wbiisg.mapping.responses.IatiProjectRecord;
import com.wbiisg.mapping.responses.IatiProjects.Outcome;
import com.wbiisg.mapping.responses.ProjectView;
import com.wbiisg.mapping.responses.ProjectsImported;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The batches of an IATI import: the projects of a batch read in one query with their
 * collections, sectors, texts and links; the registry and frameworks read once; new
 * projects inserted in bulk ({@link ProjectBulkRepository}), changed ones edited as
 * entities and flushed together; the audit entries and one event per batch, published
 * here rather than by the projects, since it is about the batch and most of its projects
 * are inserted in bulk, never saved as entities; then the persistence context cleared, so
 * that no batch pays for the ones before it.
 */
@Service
@Transactional
class IatiProjectBatching implements IatiProjectBatches {

	private final ProjectRepository projects;

	private final ProjectLinkRepository links;

	private final ProjectIatiRepository extras;

	private final ProjectBulkRepository bulk;

	private final ProjectRules rules;

	private final ResponsesSupport support;

	private final ProjectSessionRepository session;

	IatiProjectBatching(ProjectRepository projects, ProjectLinkRepository links, ProjectIatiRepository extras,
			ProjectBulkRepository bulk, ProjectRules rules, ResponsesSupport support,
			ProjectSessionRepository session) {
		this.projects = projects;
		this.links = links;
		this.extras = extras;
		this.bulk = bulk;
		this.rules = rules;
		this.support = support;
		this.session = session;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Long> existing(Collection<String> iatiIdentifiers) {
		Set<String> keys = new HashSet<>();
		iatiIdentifiers.forEach((identifier) -> keys.add(Project.iatiKey(identifier)));
		Map<String, Long> ids = new HashMap<>();
		if (!keys.isEmpty()) {
			this.projects.findIdsByIatiKeyIn(keys).forEach((row) -> ids.put((String) row[0], (Long) row[1]));
		}
		return ids;
	}

	@Override
	@Transactional(readOnly = true)
	public FileReading read() {
		return new Reading(this.rules.catalogue(), this.support::names);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Result> check(FileReading file, List<IatiProjectRecord> records) {
		Batch batch = read((Reading) file, records);
		List<Result> results = new ArrayList<>(records.size());
		for (IatiProjectRecord record : records) {
			results.add(batch.check(record).result());
		}
		this.session.flushAndForget();
		return results;
	}

	@Override
	public List<Result> upsert(FileReading file, List<IatiProjectRecord> records) {
		Batch batch = read((Reading) file, records);
		List<Checked> checked = new ArrayList<>(records.size());
		List<ProjectBulkRepository.NewProject> created = new ArrayList<>();
		List<AuditTrail.RecordChange> createdChanges = new ArrayList<>();
		List<AuditTrail.RecordChange> updatedChanges = new ArrayList<>();
		Map<Long, IatiProjectRecord> changedExtras = new HashMap<>();
		List<Long> updated = new ArrayList<>();
		for (IatiProjectRecord record : records) {
			Checked one = batch.check(record);
			checked.add(one);
			if (!one.result().accepted() || one.result().outcome().action() == Outcome.Action.UNCHANGED) {
				continue;
			}
			if (one.project() == null) {
				created.add(new ProjectBulkRepository.NewProject(one.content(), record.sectors(), record.narratives()));
			}
			else {
				Project project = one.project();
				ProjectView before = project.toView(batch.names());
				project.withoutEvents().edit(one.content(), project.getVersion(), this.support.now());
				changedExtras.put(project.getId(), record);
				updatedChanges.add(new AuditTrail.RecordChange(project.getId(),
						ProjectRegistry.describe(before, project.toView(batch.names()))));
				updated.add(project.getId());
			}
		}
		List<Long> ids = this.bulk.insert(created, batch.viewer().username(), this.support.now());
		for (int i = 0; i < ids.size(); i++) {
			ProjectView made = Project.viewOf(ids.get(i), created.get(i).content(), batch.viewer().username(),
					this.support.now(), batch.names());
			createdChanges.add(new AuditTrail.RecordChange(ids.get(i), ProjectRegistry.describe(null, made)));
		}
		this.bulk.replaceExtras(changedExtras);
		this.support.audit().recordChanges("IMPORT", ProjectRegistry.RECORD, createdChanges);
		this.support.audit().recordChanges("IMPORT", ProjectRegistry.RECORD, updatedChanges);
		if (!ids.isEmpty() || !updated.isEmpty()) {
			this.support.publish(new ProjectsImported(ids, updated));
		}
		this.session.flushAndForget();
		List<Result> results = new ArrayList<>(records.size());
		int next = 0;
		for (Checked one : checked) {
			Result result = one.result();
			if (result.accepted() && one.project() == null) {
				result = new Result(new Outcome(Outcome.Action.CREATED, ids.get(next++)), List.of());
			}
			results.add(result);
		}
		return results;
	}

	private Batch read(Reading file, List<IatiProjectRecord> records) {
		ProjectViewer viewer = this.support.viewer();
		Set<String> keys = new HashSet<>();
		records.forEach((record) -> keys.add(Project.iatiKey(record.iatiIdentifier())));
		Map<String, Project> found = new HashMap<>();
		if (!keys.isEmpty()) {
			this.projects.findByIatiKeyIn(keys).forEach((project) -> found.put(project.getIatiKey(), project));
		}
		List<Long> ids = found.values().stream().map(Project::getId).toList();
		Map<Long, Set<String>> linkedPartners = new HashMap<>();
		if (!ids.isEmpty()) {
			this.links.findByProjectIdIn(ids)
				.forEach((link) -> linkedPartners.computeIfAbsent(link.getProjectId(), (id) -> new TreeSet<>())
					.add(link.getNeedPartner()));
		}
		return new Batch(viewer, found, linkedPartners, this.extras.sectors(ids), this.extras.narratives(ids),
				file.catalogue(), file::name);
	}

	/**
	 * What one batch knows: the projects of its identifiers and what is theirs.
	 */
	private final class Batch {

		private final ProjectViewer viewer;

		private final Map<String, Project> projects;

		private final Map<Long, Set<String>> linkedPartners;

		private final Map<Long, List<IatiProjectRecord.Sector>> sectors;

		private final Map<Long, List<IatiProjectRecord.Narrative>> narratives;

		private final ReferenceCatalogue catalogue;

		private final LongFunction<OrganisationName> names;

		Batch(ProjectViewer viewer, Map<String, Project> projects, Map<Long, Set<String>> linkedPartners,
				Map<Long, List<IatiProjectRecord.Sector>> sectors,
				Map<Long, List<IatiProjectRecord.Narrative>> narratives, ReferenceCatalogue catalogue,
				LongFunction<OrganisationName> names) {
			this.viewer = viewer;
			this.projects = projects;
			this.linkedPartners = linkedPartners;
			this.sectors = sectors;
			this.narratives = narratives;
			this.catalogue = catalogue;
			this.names = names;
		}

		ProjectViewer viewer() {
			return this.viewer;
		}

		LongFunction<OrganisationName> names() {
			return this.names;
		}

		Checked check(IatiProjectRecord record) {
			try {
				return checked(record);
			}
			catch (InvalidInputException ex) {
				return new Checked(new Result(null, ex.problems()), null, null);
			}
			catch (AccessDeniedException ex) {
				return new Checked(
						new Result(null, List.of(new FieldProblem("reportingOrganisationId", ex.getMessage()))), null,
						null);
			}
		}

		private Checked checked(IatiProjectRecord record) {
			if (!this.viewer.entersProjects()) {
				throw new AccessDeniedException("Projects are entered by partner focal points and the Secretariat.");
			}
			Project project = this.projects.get(Project.iatiKey(record.iatiIdentifier()));
			if (project != null && (!this.viewer.canSee(project) || !this.viewer.canEdit(project))) {
				throw new AccessDeniedException("The project " + record.iatiIdentifier()
						+ " is reported by another organisation; only it and the Secretariat change it.");
			}
			ProjectView current = (project == null) ? null : project.toView(this.names);
			Long id = (project == null) ? null : project.getId();
			ProjectContent content = IatiProjectBatching.this.rules.check(IatiProjectInputs.input(record, current),
					this.viewer, id, this.catalogue,
					(identifier) -> Optional.ofNullable(this.projects.get(Project.iatiKey(identifier)))
						.map(Project::getId));
			if (project == null) {
				return new Checked(new Result(new Outcome(Outcome.Action.CREATED, null), List.of()), null, content);
			}
			keepsLinkedPartners(content, this.linkedPartners.getOrDefault(id, Set.of()));
			boolean same = IatiProjectInputs.same(current, content)
					&& IatiProjectInputs.sameSectors(this.sectors.getOrDefault(id, List.of()), record.sectors())
					&& this.narratives.getOrDefault(id, List.of()).equals(record.narratives());
			return new Checked(
					new Result(new Outcome(same ? Outcome.Action.UNCHANGED : Outcome.Action.UPDATED, id), List.of()),
					project, content);
		}

	}

	/**
	 * As {@link ProjectRegistry}: a project keeps benefiting the partners of the needs it
	 * is linked to.
	 */
	static void keepsLinkedPartners(ProjectContent content, Set<String> linkedPartners) {
		Set<String> orphaned = new TreeSet<>();
		for (String partner : linkedPartners) {
			if (!content.partners().contains(partner) && !content.partners().contains(Partner.REGIONAL)
					&& !Partner.REGIONAL.equals(partner)) {
				orphaned.add(partner);
			}
		}
		if (!orphaned.isEmpty()) {
			throw new InvalidInputException("partners", "The project is linked to needs of "
					+ String.join(", ", orphaned) + ", which the activity no longer names as recipients.");
		}
	}

	/**
	 * The catalogue and the organisations' names of one file, each read again only when
	 * it misses an organisation that the file has registered since.
	 */
	private static final class Reading implements FileReading {

		private final ReferenceCatalogue catalogue;

		private final Supplier<LongFunction<OrganisationName>> readNames;

		private LongFunction<OrganisationName> names;

		Reading(ReferenceCatalogue catalogue, Supplier<LongFunction<OrganisationName>> names) {
			this.catalogue = catalogue;
			this.readNames = names;
			this.names = names.get();
		}

		ReferenceCatalogue catalogue() {
			return this.catalogue;
		}

		OrganisationName name(long id) {
			OrganisationName name = this.names.apply(id);
			if (name == OrganisationName.UNKNOWN) {
				this.names = this.readNames.get();
				name = this.names.apply(id);
			}
			return name;
		}

	}

	private record Checked(Result result, @Nullable Project project, @Nullable ProjectContent content) {
	}

}
