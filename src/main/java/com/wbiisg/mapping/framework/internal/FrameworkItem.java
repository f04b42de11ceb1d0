package com.wbiisg.mapping.framework.internal;

import com.wbiisg.mapping.framework.ItemLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One pillar, objective, measure or action of a framework version. Its code is a dotted
 * path ({@code PRE.2.1}) assigned once and never reused within the version, so reordering
 * never renames.
 */
@Entity
@Table(name = "framework_item")
public class FrameworkItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "framework_id")
	private FrameworkVersion framework;

	@Column(nullable = false)
	private String code;

	@Column(name = "parent_code")
	private @Nullable String parentCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "item_level", nullable = false)
	private ItemLevel level;

	@Column(nullable = false)
	private String title;

	private @Nullable String description;

	private @Nullable String reference;

	@Column(name = "sort_position", nullable = false)
	private int position;

	@Column(name = "next_child_number", nullable = false)
	private int nextChildNumber = 1;

	@Version
	private long version;

	protected FrameworkItem() {
	}

	FrameworkItem(FrameworkVersion framework, String code, @Nullable String parentCode, ItemLevel level, String title,
			@Nullable String description, @Nullable String reference, int position) {
		this.framework = framework;
		this.code = code;
		this.parentCode = parentCode;
		this.level = level;
		this.title = title;
		this.description = description;
		this.reference = reference;
		this.position = position;
	}

	FrameworkItem copyInto(FrameworkVersion target) {
		FrameworkItem copy = new FrameworkItem(target, this.code, this.parentCode, this.level, this.title,
				this.description, this.reference, this.position);
		copy.nextChildNumber = this.nextChildNumber;
		return copy;
	}

	String takeNextChildCode() {
		return this.code + "." + this.nextChildNumber++;
	}

	void edit(String title, @Nullable String description, @Nullable String reference) {
		this.title = title;
		this.description = description;
		this.reference = reference;
	}

	boolean isWithin(String ancestorCode) {
		return this.code.equals(ancestorCode) || this.code.startsWith(ancestorCode + ".");
	}

	boolean isChildOf(@Nullable String code) {
		return (code == null) ? this.parentCode == null : code.equals(this.parentCode);
	}

	void moveTo(int position) {
		this.position = position;
	}

	public String getCode() {
		return this.code;
	}

	public @Nullable String getParentCode() {
		return this.parentCode;
	}

	public ItemLevel getLevel() {
		return this.level;
	}

	public String getTitle() {
		return this.title;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public @Nullable String getReference() {
		return this.reference;
	}

	public int getPosition() {
		return this.position;
	}

	public long getVersion() {
		return this.version;
	}

}
