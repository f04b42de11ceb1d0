package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import com.wbiisg.mapping.responses.Coverage;
import com.wbiisg.mapping.responses.ProjectLinkView;
import com.wbiisg.mapping.responses.ProjectLinkedToNeed;
import com.wbiisg.mapping.responses.ProjectUnlinkedFromNeed;
import com.wbiisg.mapping.shared.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A project's link to a need it addresses, fully or partly, with the share of the
 * project's budget that goes to it (none given: an even split of what the other links
 * leave). The need's partner is kept with the link, so the project's beneficiaries can be
 * checked against links to needs the editor may not see. A link registers its events,
 * which the repository publishes when it saves or deletes it.
 */
@Entity
@Table(name = "project_link")
class ProjectLink extends Aggregate<ProjectLink> {

	static final BigDecimal HUNDRED = new BigDecimal("100");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Column(name = "need_id", nullable = false, updatable = false)
	private long needId;

	@Column(name = "need_partner", nullable = false, updatable = false)
	private String needPartner;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Coverage coverage;

	@Column(name = "share_percent")
	private @Nullable BigDecimal sharePercent;

	private @Nullable String note;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected ProjectLink() {
	}

	ProjectLink(long projectId, long needId, String needPartner, Coverage coverage, @Nullable BigDecimal sharePercent,
			@Nullable String note, String createdBy, Instant createdAt) {
		this.projectId = projectId;
		this.needId = needId;
		this.needPartner = needPartner;
		this.coverage = coverage;
		this.sharePercent = sharePercent;
		this.note = note;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/**
	 * Removes the link from its project: announced when the repository deletes it.
	 */
	ProjectLink unlink() {
		announce(() -> new ProjectUnlinkedFromNeed(this.projectId, this.needId));
		return this;
	}

	@PostPersist
	private void linked() {
		announce(() -> new ProjectLinkedToNeed(this.projectId, this.needId, this.coverage));
	}

	/**
	 * The views of a project's links with the share of each that counts: the share given,
	 * or for links without one an even split of what the given shares leave (facts §6.3).
	 */
	static List<ProjectLinkView> views(List<ProjectLink> links) {
		BigDecimal given = BigDecimal.ZERO;
		int open = 0;
		for (ProjectLink link : links) {
			if (link.sharePercent == null) {
				open++;
			}
			else {
				given = given.add(link.sharePercent);
			}
		}
		BigDecimal rest = HUNDRED.subtract(given).max(BigDecimal.ZERO);
		BigDecimal even = (open == 0) ? BigDecimal.ZERO
				: rest.divide(BigDecimal.valueOf(open), 4, RoundingMode.HALF_UP);
		return links.stream()
			.map((link) -> new ProjectLinkView(link.projectId, link.needId, link.needPartner, link.coverage,
					link.sharePercent, (link.sharePercent != null) ? link.sharePercent : even, link.note,
					link.createdBy, link.createdAt))
			.toList();
	}

	Long getId() {
		return this.id;
	}

	long getProjectId() {
		return this.projectId;
	}

	long getNeedId() {
		return this.needId;
	}

	String getNeedPartner() {
		return this.needPartner;
	}

	Coverage getCoverage() {
		return this.coverage;
	}

	@Nullable BigDecimal getSharePercent() {
		return this.sharePercent;
	}

	@Nullable String getNote() {
		return this.note;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
