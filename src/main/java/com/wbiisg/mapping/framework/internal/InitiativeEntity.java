package com.wbiisg.mapping.framework.internal;

import com.wbiisg.mapping.framework.Initiative;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "initiative")
class InitiativeEntity {

	@Id
	private String code;

	@Column(nullable = false)
	private String name;

	private String description;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected InitiativeEntity() {
	}

	Initiative toView() {
		return new Initiative(this.code, this.name, this.description);
	}

}
