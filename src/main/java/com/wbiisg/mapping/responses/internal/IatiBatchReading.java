package com.wbiisg.mapping.responses.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.wbiisg.mapping.responses.IatiProjectRecord;

import org.springframework.stereotype.Component;

/**
 * Reads what the batches of an IATI import need to know, in a few queries per batch: the
 * catalogue of a file, the ids of existing projects by identifier, and for a batch the
 * stamps of its projects and, whole, only the projects that may change.
 */
@Component
class IatiBatchReading {

	private final ProjectRepository projects;

	private final ProjectLinkRepository links;

	private final ProjectIatiRepository extras;

	private final IatiFingerprintRepository fingerprints;

	private final ProjectRules rules;

	private final ResponsesSupport support;

	IatiBatchReading(ProjectRepository projects, ProjectLinkRepository links, ProjectIatiRepository extras,
			IatiFingerprintRepository fingerprints, ProjectRules rules, ResponsesSupport support) {
		this.projects = projects;
		this.links = links;
		this.extras = extras;
		this.fingerprints = fingerprints;
		this.rules = rules;
		this.support = support;
	}

	/**
	 * The registry and frameworks as the checks of one file know them.
	 */
	IatiFileReading file() {
		return new IatiFileReading(this.rules.catalogue(), this.support::names);
	}

	/**
	 * The stamps of every project the identifiers name.
	 */
	IatiFound lookUp(Collection<String> iatiIdentifiers) {
		Set<String> keys = new HashSet<>();
		iatiIdentifiers.forEach((identifier) -> keys.add(Project.iatiKey(identifier)));
		return new IatiFound(this.fingerprints.stamps(keys));
	}

	/**
	 * Reads what the batch needs besides the stamps it found: whole (with linked
	 * partners, sectors and texts) only the projects whose stamps do not show them
	 * unchanged.
	 */
	IatiBatch batch(IatiFileReading file, IatiFound lookedUp, List<IatiProjectRecord> records,
			Map<IatiProjectRecord, String> fingerprints) {
		ProjectViewer viewer = this.support.viewer();
		Map<String, IatiFingerprintRepository.Stamp> stamps = lookedUp.stamps();
		Set<String> whole = IatiBatch.toRead(stamps, records, fingerprints);
		Map<String, Project> found = new HashMap<>();
		if (!whole.isEmpty()) {
			this.projects.findByIatiKeyIn(whole).forEach((project) -> found.put(project.getIatiKey(), project));
		}
		List<Long> ids = found.values().stream().map(Project::getId).toList();
		Map<Long, Set<String>> linkedPartners = new HashMap<>();
		if (!ids.isEmpty()) {
			this.links.findByProjectIdIn(ids)
				.forEach((link) -> linkedPartners.computeIfAbsent(link.getProjectId(), (id) -> new TreeSet<>())
					.add(link.getNeedPartner()));
		}
		return new IatiBatch(viewer, this.rules, stamps, found, linkedPartners, this.extras.sectors(ids),
				this.extras.narratives(ids), file);
	}

}
