package com.wbiisg.mapping.membership.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

import com.wbiisg.mapping.membership.WorkingGroup;
import com.wbiisg.mapping.membership.WorkingGroupData;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@EntityListeners(RegistryChanges.class)
@Table(name = "working_group")
public class WorkingGroupEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(name = "initiative_code", nullable = false)
	private String initiative;

	@Column(name = "pillar_code")
	private @Nullable String pillar;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "working_group_lead", joinColumns = @JoinColumn(name = "working_group_id"))
	@Column(name = "organisation_id")
	private Set<Long> leads = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "working_group_member", joinColumns = @JoinColumn(name = "working_group_id"))
	@Column(name = "organisation_id")
	private Set<Long> members = new LinkedHashSet<>();

	@Version
	private long version;

	protected WorkingGroupEntity() {
	}

	public WorkingGroupEntity(WorkingGroupData data) {
		apply(data);
	}

	public final void apply(WorkingGroupData data) {
		this.name = data.name();
		this.initiative = data.initiative();
		this.pillar = data.pillar();
		this.leads.clear();
		this.leads.addAll(data.leads());
		this.members.clear();
		this.members.addAll(data.members());
		this.members.addAll(data.leads());
	}

	public WorkingGroup toView() {
		return new WorkingGroup(this.id, this.name, this.initiative, this.pillar, new ArrayList<>(this.leads),
				new ArrayList<>(this.members), this.version);
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

}
