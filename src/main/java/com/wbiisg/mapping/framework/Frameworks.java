package com.wbiisg.mapping.framework;

import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.shared.RecordType;
import org.jspecify.annotations.Nullable;

/**
 * Reads initiatives and framework versions; what every other module needs of the
 * framework.
 */
public interface Frameworks {

	/**
	 * A framework version, as the messages name it.
	 */
	RecordType VERSION = RecordType.of("Framework version", "framework.record.version");

	/**
	 * An item of a framework version, as the messages name it.
	 */
	RecordType ITEM = RecordType.of("Framework item", "framework.record.item");

	List<Initiative> initiatives();

	Optional<Initiative> initiative(String code);

	/**
	 * Framework versions, newest cycle and version first, of one initiative or of all
	 * when null.
	 */
	List<FrameworkSummary> versions(@Nullable String initiative);

	/**
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when there is no such
	 * version
	 */
	FrameworkSummary version(long id);

	/**
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when there is no such
	 * version
	 */
	FrameworkTree tree(long id);

}
