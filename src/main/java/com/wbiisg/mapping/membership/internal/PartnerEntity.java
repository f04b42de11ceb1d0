package com.wbiisg.mapping.membership.internal;

import com.wbiisg.mapping.membership.Partner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@EntityListeners(RegistryChanges.class)
@Table(name = "partner")
public class PartnerEntity {

	@Id
	private String code;

	@Column(nullable = false)
	private String name;

	private @Nullable String alpha3;

	@Column(name = "national_bodies")
	private @Nullable String nationalBodies;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Version
	private long version;

	protected PartnerEntity() {
	}

	public void edit(String name, @Nullable String nationalBodies) {
		this.name = name;
		this.nationalBodies = nationalBodies;
	}

	public Partner toView() {
		return new Partner(this.code, this.name, this.alpha3, this.nationalBodies, this.version);
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getNationalBodies() {
		return this.nationalBodies;
	}

	public long getVersion() {
		return this.version;
	}

}
