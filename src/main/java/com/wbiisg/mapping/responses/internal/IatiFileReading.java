package com.wbiisg.mapping.responses.internal;

import java.util.function.LongFunction;
import java.util.function.Supplier;

import com.wbiisg.mapping.responses.IatiProjectBatches.FileReading;

/**
 * The catalogue and the organisations' names of one IATI file, each read again only when
 * it misses an organisation that the file has registered since.
 */
final class IatiFileReading implements FileReading {

	private final ReferenceCatalogue catalogue;

	private final Supplier<LongFunction<OrganisationName>> readNames;

	private LongFunction<OrganisationName> names;

	IatiFileReading(ReferenceCatalogue catalogue, Supplier<LongFunction<OrganisationName>> names) {
		this.catalogue = catalogue;
		this.readNames = names;
		this.names = names.get();
	}

	ReferenceCatalogue catalogue() {
		return this.catalogue;
	}

	OrganisationName name(long id) {
		OrganisationName name = this.names.apply(id);
		if (name == OrganisationName.UNKNOWN) {
			this.names = this.readNames.get();
			name = this.names.apply(id);
		}
		return name;
	}

}
