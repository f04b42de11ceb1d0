package com.wbiisg.mapping.responses.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stamps an IATI import reads of the projects a batch names (id, version, reporting
 * organisation, the fingerprint last recorded and the version it was recorded at), and
 * the fingerprints it records after writing a batch.
 */
@Repository
class IatiFingerprintRepository {

	private static final int BATCH = 1_000;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	IatiFingerprintRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/**
	 * What a project of an IATI identifier is now, as far as a re-import needs to know.
	 */
	record Stamp(long id, long version, long reportingOrganisationId, @Nullable String fingerprint,
			@Nullable Long fingerprintVersion) {

		/**
		 * Whether the project is still as the import that recorded the fingerprint left
		 * it, and the record is the same.
		 */
		boolean unchangedFor(String recordFingerprint) {
			return recordFingerprint.equals(this.fingerprint) && this.fingerprintVersion != null
					&& this.fingerprintVersion == this.version;
		}

	}

	/**
	 * The stamps of the projects by IATI key (the identifier in lower case).
	 */
	Map<String, Stamp> stamps(Collection<String> iatiKeys) {
		Map<String, Stamp> stamps = new HashMap<>();
		if (iatiKeys.isEmpty()) {
			return stamps;
		}
		this.named.query("""
				select iati_key, id, version, reporting_org_id, iati_fingerprint, iati_fingerprint_version
				from project where iati_key in (:keys)""", Map.of("keys", iatiKeys), (rs) -> {
			long fingerprintVersion = rs.getLong(6);
			stamps.put(rs.getString(1), new Stamp(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
					rs.wasNull() ? null : fingerprintVersion));
		});
		return stamps;
	}

	/**
	 * Records the fingerprint of each project at its current version.
	 */
	void record(Map<Long, String> fingerprints) {
		if (fingerprints.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(fingerprints.size());
		fingerprints.forEach((id, fingerprint) -> rows.add(new Object[] { fingerprint, id }));
		this.jdbc.batchUpdate(
				"update project set iati_fingerprint = ?, iati_fingerprint_version = version where id = ?", rows, BATCH,
				(ps, row) -> {
					ps.setString(1, (String) row[0]);
					ps.setLong(2, (Long) row[1]);
				});
	}

}
