package vn.sochibo.household;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the yearly review: starting it (idempotent), copying last year's poor and
 * near-poor statuses as proposals, the progress of each area, an area's proposals, and
 * the households that had a poor or near-poor status last year and are not settled for
 * this one.
 */
@Component
class StatusReviewQueries {

	private static final String REVIEWED = "('POOR', 'NEAR_POOR')";

	private final JdbcClient jdbc;

	StatusReviewQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> review(Long wardId, Long areaId, int year) {
		return this.jdbc
			.sql("select id from status_reviews where ward_id = :wardId and area_id = :areaId and review_year = :year")
			.param("wardId", wardId)
			.param("areaId", areaId)
			.param("year", year)
			.query(Long.class)
			.optional();
	}

	/**
	 * Starts the review of the area and year unless it was started: the new review's id,
	 * or empty.
	 */
	Optional<Long> startReview(Long wardId, Long areaId, int year, String startedBy, Instant at) {
		return this.jdbc.sql("""
				insert into status_reviews (ward_id, area_id, review_year, started_at, started_by)
				values (:wardId, :areaId, :year, :at, :by)
				on conflict (ward_id, area_id, review_year) do nothing
				returning id""")
			.param("wardId", wardId)
			.param("areaId", areaId)
			.param("year", year)
			.param("at", Timestamp.from(at))
			.param("by", startedBy)
			.query(Long.class)
			.optional();
	}

	/**
	 * Copies the poor and near-poor statuses of the year before of the area's households
	 * as proposals, one per household (poor first), except for households that have a
	 * proposal of the year already or a poor or near-poor status of the year: the ids of
	 * the households proposed.
	 */
	List<Long> copyProposals(Long wardId, Long reviewId, Long areaId, int year) {
		return this.jdbc
			.sql("""
					insert into status_proposals (ward_id, review_id, household_id, review_year, proposed_kind, standard,
					                              outcome)
					select distinct on (h.id) h.ward_id, :reviewId, h.id, :year, s.kind, s.standard, 'PROPOSED'
					from households h
					join household_statuses s on s.household_id = h.id and s.status_year = :previous
					  and s.kind in %1$s
					where h.ward_id = :wardId and h.area_id = :areaId
					  and not exists (select 1 from status_proposals p where p.household_id = h.id and p.review_year = :year)
					  and not exists (select 1 from household_statuses t where t.household_id = h.id
					                  and t.status_year = :year and t.kind in %1$s)
					order by h.id, case s.kind when 'POOR' then 0 else 1 end
					on conflict (household_id, review_year) do nothing
					returning household_id"""
				.formatted(REVIEWED))
			.param("wardId", wardId)
			.param("reviewId", reviewId)
			.param("areaId", areaId)
			.param("year", year)
			.param("previous", year - 1)
			.query(Long.class)
			.list();
	}

	/**
	 * The review's figures for each area of the ward that has any (areas without one are
	 * not in the map).
	 */
	Map<Long, ReviewProgress> progress(Long wardId, int year) {
		Map<Long, ReviewProgress> progress = new HashMap<>();
		this.jdbc.sql("""
				select h.area_id,
				  count(distinct h.id) filter (where s.status_year = :previous) as last_year,
				  count(distinct h.id) filter (where s.status_year = :year) as this_year
				from households h
				join household_statuses s on s.household_id = h.id and s.kind in %s
				  and s.status_year in (:previous, :year)
				where h.ward_id = :wardId
				group by h.area_id""".formatted(REVIEWED))
			.param("wardId", wardId)
			.param("year", year)
			.param("previous", year - 1)
			.query((rs) -> {
				progress.put(rs.getLong("area_id"), new ReviewProgress(rs.getLong("area_id"), null, false, 0, 0, 0,
						rs.getInt("last_year"), rs.getInt("this_year")));
			});
		this.jdbc.sql("""
				select r.area_id,
				  count(p.id) filter (where p.outcome = 'PROPOSED') as proposed,
				  count(p.id) filter (where p.outcome = 'CONFIRMED') as confirmed,
				  count(p.id) filter (where p.outcome = 'ENDED') as ended
				from status_reviews r
				left join status_proposals p on p.review_id = r.id
				where r.ward_id = :wardId and r.review_year = :year
				group by r.area_id""").param("wardId", wardId).param("year", year).query((rs) -> {
			Long areaId = rs.getLong("area_id");
			ReviewProgress figures = progress.get(areaId);
			progress.put(areaId,
					new ReviewProgress(areaId, null, true, rs.getInt("proposed"), rs.getInt("confirmed"),
							rs.getInt("ended"), (figures != null) ? figures.lastYear() : 0,
							(figures != null) ? figures.thisYear() : 0));
		});
		return progress;
	}

	/**
	 * The proposals of a review, sorted by given name.
	 */
	List<ProposalRow> rows(Long reviewId) {
		return this.jdbc.sql("""
				select p.id, p.household_id, h.code, h.head_name, h.address, p.proposed_kind, p.standard, p.outcome,
				  p.end_reason, s.kind as status_kind, s.standard as status_standard, s.decision_ref
				from status_proposals p
				join households h on h.id = p.household_id
				left join household_statuses s on s.id = p.status_id
				where p.review_id = :reviewId
				order by h.given_name, h.head_name collate "vi-VN-x-icu", h.id""")
			.param("reviewId", reviewId)
			.query((rs, row) -> new ProposalRow(rs.getLong("id"), rs.getLong("household_id"), rs.getString("code"),
					rs.getString("head_name"), rs.getString("address"),
					StatusKind.valueOf(rs.getString("proposed_kind")), rs.getString("standard"),
					ProposalOutcome.valueOf(rs.getString("outcome")),
					(rs.getString("status_kind") != null) ? StatusKind.valueOf(rs.getString("status_kind")) : null,
					rs.getString("status_standard"), rs.getString("decision_ref"), rs.getString("end_reason")))
			.list();
	}

	/**
	 * How many households of the ward (in these areas, or all when {@code areaIds} is
	 * null) had a poor or near-poor status in the year before {@code year} and are not
	 * settled for {@code year}: no poor or near-poor status of the year, and not ended by
	 * its review.
	 */
	int awaitingReview(Long wardId, int year, Long[] areaIds) {
		String sql = """
				select count(distinct h.id) from households h
				join household_statuses s on s.household_id = h.id and s.status_year = :previous and s.kind in %1$s
				where h.ward_id = :wardId %2$s
				  and not exists (select 1 from household_statuses t where t.household_id = h.id
				                  and t.status_year = :year and t.kind in %1$s)
				  and not exists (select 1 from status_proposals p where p.household_id = h.id
				                  and p.review_year = :year and p.outcome = 'ENDED')""".formatted(REVIEWED,
				(areaIds != null) ? "and h.area_id = any(:areaIds)" : "");
		var spec = this.jdbc.sql(sql).param("wardId", wardId).param("year", year).param("previous", year - 1);
		if (areaIds != null) {
			spec = spec.param("areaIds", areaIds);
		}
		return spec.query(Integer.class).single();
	}

}
