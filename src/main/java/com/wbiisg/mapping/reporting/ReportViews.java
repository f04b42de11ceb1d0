package com.wbiisg.mapping.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.wbiisg.mapping.analysis.CoverageLevel;
import com.wbiisg.mapping.needs.NeedAudience;
import com.wbiisg.mapping.needs.NeedFacts;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.responses.ProjectAudience;
import com.wbiisg.mapping.responses.Projects;

import org.springframework.stereotype.Component;

/**
 * Makes the {@link ReportView} of a snapshot for the current reader, with the rules the
 * needs and responses modules give for who sees which need and which project. Projects
 * listed publicly are shown to every reader, as the public project list shows them to
 * anyone.
 */
@Component
public class ReportViews {

	private final NeedFacts needs;

	private final Projects projects;

	ReportViews(NeedFacts needs, Projects projects) {
		this.needs = needs;
		this.projects = projects;
	}

	public ReportView forCurrentUser(ReportSnapshot snapshot) {
		return of(snapshot, audienceOfCurrentUser());
	}

	/**
	 * Whose view the current reader gets: two readers of the same audience see the same
	 * of every snapshot.
	 */
	public Audience audienceOfCurrentUser() {
		return new Audience(this.needs.audienceOfCurrentUser().essential(),
				this.projects.audienceOfCurrentUser().essential());
	}

	public static ReportView of(ReportSnapshot snapshot, Audience audience) {
		return of(snapshot, audience.needs(), audience.projects());
	}

	public static ReportView of(ReportSnapshot snapshot, NeedAudience needAudience, ProjectAudience projectAudience) {
		List<ReportSnapshot.NeedRow> needs = new ArrayList<>();
		Map<String, Integer> hiddenByObjective = new HashMap<>();
		Map<String, Integer> hiddenUncovered = new HashMap<>();
		int hiddenOverlapping = 0;
		for (ReportSnapshot.NeedRow need : snapshot.needs()) {
			if (needAudience.canSee(snapshot.initiative(), need.pillar(), need.partner(),
					NeedStatus.valueOf(need.status()), need.restricted())) {
				needs.add(need);
				continue;
			}
			hiddenByObjective.merge(need.objective(), 1, Integer::sum);
			if (CoverageLevel.NONE.name().equals(need.coverage())) {
				hiddenUncovered.merge(need.priority(), 1, Integer::sum);
			}
			hiddenOverlapping += need.overlapping() ? 1 : 0;
		}
		List<ReportSnapshot.ProjectRow> projects = snapshot.projects()
			.stream()
			.filter((project) -> project.publicListed() || projectAudience.canSee(project.partners()))
			.toList();
		Set<Long> needIds = new HashSet<>();
		needs.forEach((need) -> needIds.add(need.id()));
		Set<Long> projectIds = new HashSet<>();
		projects.forEach((project) -> projectIds.add(project.id()));
		List<ReportSnapshot.LinkRow> links = snapshot.links()
			.stream()
			.filter((link) -> needIds.contains(link.needId()) && projectIds.contains(link.projectId()))
			.toList();
		ReportSnapshot visible = new ReportSnapshot(snapshot.kind(), snapshot.initiative(), snapshot.initiativeName(),
				snapshot.cycleId(), snapshot.cycleName(), snapshot.year(), snapshot.draftNumber(),
				snapshot.generatedAt(), snapshot.generatedBy(), snapshot.framework(), snapshot.partners(),
				List.copyOf(needs), projects, links, snapshot.totals(), snapshot.cells(), snapshot.funding());
		return new ReportView(visible, snapshot.needs().size() - needs.size(), hiddenByObjective, hiddenUncovered,
				hiddenOverlapping, snapshot.projects().size() - projects.size());
	}

	/**
	 * The rules a reader's view of a snapshot follows, for needs and for projects.
	 */
	public record Audience(NeedAudience needs, ProjectAudience projects) {

		/**
		 * A name of the audience that is the same in every run of the platform and
		 * differs between audiences that see differently: a digest of what the rules
		 * read, codes sorted, in letters and digits.
		 */
		public String key() {
			NeedAudience needs = this.needs.essential();
			ProjectAudience projects = this.projects.essential();
			String text = "needs " + needs.kind() + " " + needs.partner() + " "
					+ needs.restrictedScopes()
						.stream()
						.map((scope) -> scope.initiative() + "/" + scope.pillar())
						.sorted()
						.collect(Collectors.joining(","))
					+ "; projects " + projects.everything() + " "
					+ projects.partners().stream().sorted().collect(Collectors.joining(","));
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
				return HexFormat.of().formatHex(digest, 0, 10);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
