package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.responses.IatiProjectRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sectors and the texts in every language that IATI activities give their projects
 * (tables {@code project_sector} and {@code project_narrative}), replaced as a whole.
 */
@Repository
class ProjectIatiRepository {

	private final JdbcClient jdbc;

	ProjectIatiRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<IatiProjectRecord.Sector> sectors(long projectId) {
		return this.jdbc
			.sql("select vocabulary, code, percentage from project_sector where project_id = ? order by position")
			.param(projectId)
			.query((rs, row) -> new IatiProjectRecord.Sector(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
			.list();
	}

	Map<Long, List<IatiProjectRecord.Sector>> sectors(Collection<Long> projectIds) {
		Map<Long, List<IatiProjectRecord.Sector>> sectors = new LinkedHashMap<>();
		if (projectIds.isEmpty()) {
			return sectors;
		}
		this.jdbc.sql("""
				select project_id, vocabulary, code, percentage from project_sector \
				where project_id in (:ids) order by project_id, position""").param("ids", projectIds).query((rs) -> {
			sectors.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
				.add(new IatiProjectRecord.Sector(rs.getString(2), rs.getString(3), rs.getBigDecimal(4)));
		});
		return sectors;
	}

	List<IatiProjectRecord.Narrative> narratives(long projectId) {
		return this.jdbc.sql("""
				select element, narrative_type, lang, text from project_narrative \
				where project_id = ? order by position""")
			.param(projectId)
			.query((rs, row) -> new IatiProjectRecord.Narrative(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	Map<Long, List<IatiProjectRecord.Narrative>> narratives(Collection<Long> projectIds) {
		Map<Long, List<IatiProjectRecord.Narrative>> narratives = new LinkedHashMap<>();
		if (projectIds.isEmpty()) {
			return narratives;
		}
		this.jdbc.sql("""
				select project_id, element, narrative_type, lang, text from project_narrative \
				where project_id in (:ids) order by project_id, position""").param("ids", projectIds).query((rs) -> {
			narratives.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
				.add(new IatiProjectRecord.Narrative(rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5)));
		});
		return narratives;
	}

	void replace(long projectId, List<IatiProjectRecord.Sector> sectors, List<IatiProjectRecord.Narrative> narratives) {
		this.jdbc.sql("delete from project_sector where project_id = ?").param(projectId).update();
		this.jdbc.sql("delete from project_narrative where project_id = ?").param(projectId).update();
		int position = 0;
		for (IatiProjectRecord.Sector sector : sectors) {
			this.jdbc.sql("""
					insert into project_sector (project_id, position, vocabulary, code, percentage) \
					values (?, ?, ?, ?, ?)""")
				.params(projectId, position++, sector.vocabulary(), sector.code(), percentage(sector.percentage()))
				.update();
		}
		position = 0;
		for (IatiProjectRecord.Narrative narrative : narratives) {
			this.jdbc.sql("""
					insert into project_narrative (project_id, position, element, narrative_type, lang, text) \
					values (?, ?, ?, ?, ?, ?)""")
				.params(projectId, position++, narrative.element(), narrative.type(), narrative.language(),
						narrative.text())
				.update();
		}
	}

	private static SqlParameterValue percentage(@Nullable BigDecimal percentage) {
		return new SqlParameterValue(Types.NUMERIC, percentage);
	}

}
