package vn.sochibo.cellwork;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rating regulations of the database, each with its criteria, thresholds and
 * disqualifying facts, newest first. They are national settings that only a migration
 * changes: read once, then kept.
 */
@Component
class RatingRegulations {

	private final JdbcClient jdbc;

	private volatile List<RegulationView> loaded;

	RatingRegulations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<RegulationView> all() {
		List<RegulationView> regulations = this.loaded;
		if (regulations == null) {
			regulations = load();
			this.loaded = regulations;
		}
		return regulations;
	}

	/** The regulation effective for the year: the latest one in force by then. */
	Optional<RegulationView> forYear(int year) {
		return all().stream().filter((regulation) -> regulation.appliesTo(year)).findFirst();
	}

	RegulationView get(Long id) {
		return all().stream().filter((regulation) -> regulation.id().equals(id)).findFirst().orElseThrow();
	}

	private List<RegulationView> load() {
		record Head(Long id, String code, String title, java.time.LocalDate issuedOn, int effectiveFromYear) {
		}
		List<Head> heads = this.jdbc
			.sql("select id, code, title, issued_on, effective_from_year from rating_regulations"
					+ " order by effective_from_year desc")
			.query(Head.class)
			.list();
		List<RegulationView> regulations = new ArrayList<>();
		Integer nextFrom = null;
		for (Head head : heads) {
			List<RegulationView.Criterion> criteria = this.jdbc
				.sql("select id, subject, parent_id, label, title, max_points from rating_criteria"
						+ " where regulation_id = :id order by subject, parent_id nulls first, position")
				.param("id", head.id())
				.query((rs, n) -> new RegulationView.Criterion(rs.getLong("id"),
						RatingSubject.valueOf(rs.getString("subject")), rs.getObject("parent_id", Long.class),
						rs.getString("label"), rs.getString("title"), rs.getInt("max_points")))
				.list();
			List<RegulationView.Threshold> thresholds = this.jdbc
				.sql("select level, min_score from rating_thresholds where regulation_id = :id order by min_score desc")
				.param("id", head.id())
				.query((rs, n) -> new RegulationView.Threshold(RatingLevel.valueOf(rs.getString("level")),
						rs.getInt("min_score")))
				.list();
			List<RegulationView.Disqualifier> disqualifiers = this.jdbc
				.sql("select id, subject, title from rating_disqualifiers where regulation_id = :id"
						+ " order by subject, position")
				.param("id", head.id())
				.query((rs, n) -> new RegulationView.Disqualifier(rs.getLong("id"),
						RatingSubject.valueOf(rs.getString("subject")), rs.getString("title")))
				.list();
			regulations
				.add(new RegulationView(head.id(), head.code(), head.title(), head.issuedOn(), head.effectiveFromYear(),
						(nextFrom != null) ? nextFrom - 1 : null, criteria, thresholds, disqualifiers));
			nextFrom = head.effectiveFromYear();
		}
		regulations.sort(Comparator.comparingInt(RegulationView::effectiveFromYear).reversed());
		return List.copyOf(regulations);
	}

}
