package com.wbiisg.mapping.membership.internal;

import java.time.LocalDate;

import com.wbiisg.mapping.membership.IatiOrganisationType;
import com.wbiisg.mapping.membership.MemberCategory;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.membership.OrganisationData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@EntityListeners(RegistryChanges.class)
@Table(name = "organisation")
public class OrganisationEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(name = "short_name", nullable = false)
	private String shortName;

	@Enumerated(EnumType.STRING)
	@Column(name = "iati_type", nullable = false)
	private IatiOrganisationType type;

	@Column(name = "iati_identifier")
	private @Nullable String iatiIdentifier;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MemberCategory category;

	@Column(name = "partner_code")
	private @Nullable String partnerCode;

	@Column(name = "joined_on")
	private @Nullable LocalDate joinedOn;

	@Column(name = "joined_by")
	private @Nullable String joinedBy;

	@Version
	private long version;

	protected OrganisationEntity() {
	}

	public OrganisationEntity(OrganisationData data) {
		apply(data);
	}

	public final void apply(OrganisationData data) {
		this.name = data.name();
		this.shortName = data.shortName();
		this.type = data.type();
		this.iatiIdentifier = data.iatiIdentifier();
		this.category = data.category();
		this.partnerCode = data.partnerCode();
		this.joinedOn = data.joinedOn();
		this.joinedBy = data.joinedBy();
	}

	public Organisation toView() {
		return new Organisation(this.id, this.name, this.shortName, this.type, this.iatiIdentifier, this.category,
				this.partnerCode, this.joinedOn, this.joinedBy, this.version);
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

}
