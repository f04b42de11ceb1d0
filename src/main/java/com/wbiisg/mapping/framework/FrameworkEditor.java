package com.wbiisg.mapping.framework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.framework.internal.FrameworkItem;
import com.wbiisg.mapping.framework.internal.FrameworkVersion;
import com.wbiisg.mapping.framework.internal.FrameworkVersionRepository;
import com.wbiisg.mapping.framework.internal.FrameworkViews;
import com.wbiisg.mapping.framework.internal.InitiativeRepository;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's use cases on framework versions: drafting, building the tree,
 * adopting. Every change is audited in the same transaction.
 */
@Service
@Transactional
@PreAuthorize("hasRole('SECRETARIAT')")
public class FrameworkEditor implements FrameworkAdoption {

	/**
	 * The record type of framework versions in the audit trail.
	 */
	public static final String RECORD = "FrameworkVersion";

	static final String ITEM = "FrameworkItem";

	private final FrameworkVersionRepository versions;

	private final InitiativeRepository initiatives;

	private final AuditTrail audit;

	private final Clock clock;

	FrameworkEditor(FrameworkVersionRepository versions, InitiativeRepository initiatives, AuditTrail audit,
			Clock clock) {
		this.versions = versions;
		this.initiatives = initiatives;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Starts a new draft version, empty or as a copy of another version of the same
	 * initiative.
	 */
	public FrameworkSummary createDraft(DraftInput input) {
		String initiative = input.initiative();
		if (initiative == null || !this.initiatives.existsById(initiative)) {
			throw new InvalidInputException("initiative", UserText.of("framework.initiative.unknown", initiative));
		}
		RecordValidation.check(input);
		String normalisedCycle = CycleText.Check.normalised(input.cycle());
		Long copyOf = input.copyOf();
		int number = this.versions.findHighestNumber(initiative, normalisedCycle) + 1;
		FrameworkVersion draft;
		if (copyOf == null) {
			draft = FrameworkVersion.draft(initiative, normalisedCycle, number, this.clock.instant(), actor());
		}
		else {
			FrameworkVersion source = this.versions.findWithItems(copyOf)
				.orElseThrow(() -> new InvalidInputException("copyOf",
						UserText.of("framework.copyOf.unknown", String.valueOf(copyOf))));
			if (!source.getInitiative().equals(initiative)) {
				throw new InvalidInputException("copyOf", UserText.of("framework.copyOf.otherInitiative",
						String.valueOf(copyOf), source.getInitiative(), initiative));
			}
			draft = FrameworkVersion.copyOf(source, normalisedCycle, number, this.clock.instant(), actor());
		}
		this.versions.save(draft);
		this.audit.recordChange("CREATE", RECORD, draft.getId(),
				Changes.of()
					.set("initiative", initiative)
					.set("cycle", normalisedCycle)
					.set("version", number)
					.set("copyOf", copyOf));
		return FrameworkViews.summary(draft);
	}

	/**
	 * Adds an item under {@code parentCode}, a pillar when there is none, with the code
	 * requested for a pillar or the next free one.
	 */
	public FrameworkTree.Node addItem(long frameworkId, @Nullable String parentCode, @Nullable String code,
			ItemInput texts) {
		FrameworkVersion framework = load(frameworkId);
		FrameworkItem item = framework.addItem(blankToNull(parentCode), code, texts);
		this.versions.saveAndFlush(framework);
		this.audit.recordChange("ADD_ITEM", ITEM, framework.getId() + "/" + item.getCode(),
				Changes.of()
					.set("framework", framework.label())
					.set("level", item.getLevel())
					.set("title", item.getTitle())
					.set("description", item.getDescription())
					.set("reference", item.getReference()));
		return node(item);
	}

	/**
	 * Changes an item's texts and, when a position is given, its place among its
	 * siblings, in one step.
	 */
	public FrameworkTree.Node editItem(long frameworkId, String code, long expectedVersion, ItemInput texts,
			@Nullable Integer position) {
		FrameworkVersion framework = load(frameworkId);
		FrameworkItem before = framework.item(code);
		Changes changes = Changes.of()
			.field("title", before.getTitle(), texts.title() == null ? null : texts.title().trim())
			.field("description", before.getDescription(), blankToNull(texts.description()))
			.field("reference", before.getReference(), blankToNull(texts.reference()))
			.field("position", before.getPosition(), position == null ? before.getPosition() : position);
		FrameworkItem item = framework.editItem(code, expectedVersion, texts);
		if (position != null) {
			framework.moveItem(code, position);
		}
		this.versions.saveAndFlush(framework);
		this.audit.recordChange("EDIT_ITEM", ITEM, framework.getId() + "/" + code, changes);
		return node(item);
	}

	public void moveItem(long frameworkId, String code, int position) {
		FrameworkVersion framework = load(frameworkId);
		int before = framework.item(code).getPosition();
		framework.moveItem(code, position);
		this.versions.saveAndFlush(framework);
		this.audit.recordChange("MOVE_ITEM", ITEM, framework.getId() + "/" + code,
				Changes.of().field("position", before, position));
	}

	/**
	 * Moves an item one place up or down among its siblings; at either end it stays where
	 * it is.
	 */
	public void shiftItem(long frameworkId, String code, boolean up) {
		FrameworkVersion framework = load(frameworkId);
		FrameworkItem item = framework.item(code);
		int siblings = framework.children(item.getParentCode()).size();
		int target = item.getPosition() + (up ? -1 : 1);
		if (target >= 0 && target < siblings) {
			moveItem(frameworkId, code, target);
		}
	}

	public List<String> removeItem(long frameworkId, String code) {
		FrameworkVersion framework = load(frameworkId);
		List<String> removed = framework.removeItem(code);
		this.versions.saveAndFlush(framework);
		this.audit.recordChange("REMOVE_ITEM", ITEM, framework.getId() + "/" + code,
				Changes.of().set("removed", String.join(", ", removed)));
		return removed;
	}

	/**
	 * Records the adoption of a draft: it is frozen from now on, and an earlier adopted
	 * version of the same initiative and cycle is superseded.
	 */
	@Override
	public FrameworkSummary adopt(long frameworkId, LocalDate decidedOn, String decision) {
		if (decidedOn == null) {
			throw new InvalidInputException("decidedOn", UserText.of("framework.decidedOn.required"));
		}
		FrameworkVersion framework = load(frameworkId);
		framework.adopt(decidedOn, decision == null ? "" : decision);
		for (FrameworkVersion earlier : this.versions.findByInitiativeAndCycleAndStatus(framework.getInitiative(),
				framework.getCycle(), FrameworkStatus.ADOPTED)) {
			if (!earlier.getId().equals(framework.getId())) {
				earlier.supersede();
				this.audit.recordChange("SUPERSEDE", RECORD, earlier.getId(),
						Changes.of().field("status", FrameworkStatus.ADOPTED, FrameworkStatus.SUPERSEDED));
			}
		}
		this.versions.saveAndFlush(framework);
		this.audit.recordChange("ADOPT", RECORD, framework.getId(),
				Changes.of()
					.field("status", FrameworkStatus.DRAFT, FrameworkStatus.ADOPTED)
					.set("decidedOn", decidedOn)
					.set("decision", framework.getAdoptionDecision()));
		return FrameworkViews.summary(framework);
	}

	private FrameworkVersion load(long id) {
		return this.versions.findWithItems(id).orElseThrow(() -> new RecordNotFoundException(Frameworks.VERSION, id));
	}

	private static FrameworkTree.Node node(FrameworkItem item) {
		return new FrameworkTree.Node(item.getCode(), item.getLevel(), item.getTitle(), item.getDescription(),
				item.getReference(), item.getVersion(), List.of());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	private static String actor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName().toLowerCase(Locale.ROOT);
	}

}
