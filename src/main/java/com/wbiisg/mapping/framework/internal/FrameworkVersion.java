package com.wbiisg.mapping.framework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.wbiisg.mapping.framework.FrameworkAdopted;
import com.wbiisg.mapping.framework.FrameworkStatus;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.ItemInput;
import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.shared.Aggregate;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A version of an initiative's framework for a cycle: the aggregate that owns its items.
 * Drafts change; once adopted, every change is refused. Its adoption registers
 * {@link FrameworkAdopted}, which the repository publishes when it saves the version.
 */
@Entity
@Table(name = "framework_version")
public class FrameworkVersion extends Aggregate<FrameworkVersion> {

	/**
	 * An item, as the stale-version message of its edit names it.
	 */
	private static final RecordType EDITED_ITEM = RecordType.of("Item", "framework.record.editedItem");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "initiative_code", nullable = false)
	private String initiative;

	@Column(nullable = false)
	private String cycle;

	@Column(name = "version_number", nullable = false)
	private int number;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FrameworkStatus status;

	@Column(name = "adopted_on")
	private @Nullable LocalDate adoptedOn;

	@Column(name = "adoption_decision")
	private @Nullable String adoptionDecision;

	@Column(name = "copied_from_id")
	private @Nullable Long copiedFrom;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Version
	private long version;

	@OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<FrameworkItem> items = new ArrayList<>();

	protected FrameworkVersion() {
	}

	private FrameworkVersion(String initiative, String cycle, int number, Instant createdAt, String createdBy) {
		this.initiative = initiative;
		this.cycle = cycle;
		this.number = number;
		this.status = FrameworkStatus.DRAFT;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public static FrameworkVersion draft(String initiative, String cycle, int number, Instant at, String by) {
		return new FrameworkVersion(initiative, cycle, number, at, by);
	}

	/**
	 * A new draft with the same tree and codes as {@code source}.
	 */
	public static FrameworkVersion copyOf(FrameworkVersion source, String cycle, int number, Instant at, String by) {
		FrameworkVersion copy = new FrameworkVersion(source.initiative, cycle, number, at, by);
		copy.copiedFrom = source.id;
		source.items.forEach((item) -> copy.items.add(item.copyInto(copy)));
		return copy;
	}

	/**
	 * Adds an item under {@code parentCode} (a pillar when it is null) at the end of its
	 * siblings and gives it the next free code. A pillar may bring its own code;
	 * otherwise one is made from its title.
	 */
	public FrameworkItem addItem(@Nullable String parentCode, @Nullable String requestedCode, ItemInput texts) {
		ensureDraft();
		List<InvalidInputException.FieldProblem> problems = new ArrayList<>(RecordValidation.problems(texts));
		FrameworkItem parent = null;
		if (parentCode != null) {
			parent = findItem(parentCode).orElse(null);
			if (parent == null) {
				problems.add(new InvalidInputException.FieldProblem("parentCode",
						UserText.of("framework.item.parentUnknown", parentCode)));
			}
			else if (!parent.getLevel().hasChildren()) {
				problems.add(new InvalidInputException.FieldProblem("parentCode",
						UserText.of("framework.item.parentIsAction", parentCode)));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String title = texts.title().trim();
		String code = (parent == null) ? ItemRules.topLevelCode(requestedCode, title, (c) -> findItem(c).isPresent())
				: parent.takeNextChildCode();
		ItemLevel level = (parent == null) ? ItemLevel.PILLAR : parent.getLevel().child();
		FrameworkItem item = new FrameworkItem(this, code, parentCode, level, title, trim(texts.description()),
				trim(texts.reference()), children(parentCode).size());
		this.items.add(item);
		return item;
	}

	public FrameworkItem editItem(String code, long expectedVersion, ItemInput texts) {
		ensureDraft();
		FrameworkItem item = item(code);
		if (item.getVersion() != expectedVersion) {
			throw ConflictException.staleVersion(EDITED_ITEM, code, expectedVersion, item.getVersion());
		}
		RecordValidation.check(texts);
		item.edit(texts.title().trim(), trim(texts.description()), trim(texts.reference()));
		return item;
	}

	/**
	 * Moves an item to another place among its siblings; codes stay as they are.
	 */
	public void moveItem(String code, int newPosition) {
		ensureDraft();
		FrameworkItem item = item(code);
		List<FrameworkItem> siblings = children(item.getParentCode());
		if (newPosition < 0 || newPosition >= siblings.size()) {
			throw new InvalidInputException("position",
					UserText.of("framework.item.position", String.valueOf(siblings.size() - 1), code));
		}
		siblings.remove(item);
		siblings.add(newPosition, item);
		for (int i = 0; i < siblings.size(); i++) {
			siblings.get(i).moveTo(i);
		}
	}

	/**
	 * Removes an item with everything below it; returns the codes removed.
	 */
	public List<String> removeItem(String code) {
		ensureDraft();
		FrameworkItem item = item(code);
		List<FrameworkItem> removed = this.items.stream().filter((i) -> i.isWithin(code)).toList();
		this.items.removeAll(removed);
		List<FrameworkItem> siblings = children(item.getParentCode());
		for (int i = 0; i < siblings.size(); i++) {
			siblings.get(i).moveTo(i);
		}
		return removed.stream().map(FrameworkItem::getCode).toList();
	}

	public void adopt(LocalDate decidedOn, String decision) {
		ensureDraft();
		if (decision.isBlank()) {
			throw new InvalidInputException("decision", UserText.of("framework.decision.required"));
		}
		this.status = FrameworkStatus.ADOPTED;
		this.adoptedOn = decidedOn;
		this.adoptionDecision = decision.trim();
		announce(() -> new FrameworkAdopted(this.id, this.initiative, this.cycle, this.number, decidedOn,
				this.adoptionDecision));
	}

	public void supersede() {
		if (this.status == FrameworkStatus.ADOPTED) {
			this.status = FrameworkStatus.SUPERSEDED;
		}
	}

	public List<FrameworkItem> children(@Nullable String parentCode) {
		return new ArrayList<>(this.items.stream()
			.filter((i) -> i.isChildOf(parentCode))
			.sorted(Comparator.comparingInt(FrameworkItem::getPosition))
			.toList());
	}

	public FrameworkItem item(String code) {
		return findItem(code).orElseThrow(() -> new RecordNotFoundException(Frameworks.ITEM, code));
	}

	Optional<FrameworkItem> findItem(String code) {
		return this.items.stream().filter((i) -> i.getCode().equals(code)).findFirst();
	}

	public String label() {
		return this.initiative + " " + this.cycle + " v" + this.number;
	}

	private void ensureDraft() {
		if (this.status.isFrozen()) {
			throw new ConflictException(
					UserText.of("framework.frozen", label(), this.status.name().toLowerCase(Locale.ROOT)));
		}
	}

	private static @Nullable String trim(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	public Long getId() {
		return this.id;
	}

	public String getInitiative() {
		return this.initiative;
	}

	public String getCycle() {
		return this.cycle;
	}

	int getNumber() {
		return this.number;
	}

	FrameworkStatus getStatus() {
		return this.status;
	}

	@Nullable LocalDate getAdoptedOn() {
		return this.adoptedOn;
	}

	public @Nullable String getAdoptionDecision() {
		return this.adoptionDecision;
	}

	@Nullable Long getCopiedFrom() {
		return this.copiedFrom;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	List<FrameworkItem> getItems() {
		return this.items;
	}

}
