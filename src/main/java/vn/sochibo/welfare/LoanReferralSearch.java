package vn.sochibo.welfare;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

import vn.sochibo.shared.AreaScope;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.VietnameseText;

/**
 * The read side of loan referrals: the list with its totals, one referral, a household's
 * referrals. The scope is the household's area today (whoever looks after the household
 * now sees its referrals); the area filter and column are the area on the day of the
 * referral.
 */
@Component
class LoanReferralSearch {

	private static final String VIEW_COLUMNS = """
			select r.id, r.household_id, h.code, h.head_name, a.code as area_code, a.name as area_name, r.purpose,
			       r.purpose_note, r.amount_requested, r.referral_date, r.outcome, r.amount_approved, r.outcome_date,
			       r.note, r.recorded_by, r.recorded_at, r.version
			from loan_referrals r
			join households h on h.id = r.household_id
			join residential_areas a on a.id = r.area_id
			""";

	private final JdbcClient jdbc;

	LoanReferralSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	LoanReferralList search(AreaScope scope, LoanReferralQuery query, Pageable pageable) {
		Filter filter = filter(scope, query);
		List<LoanReferralSummary> rows = filter.bind(this.jdbc.sql(rowsSql(filter) + " limit :limit offset :offset"))
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, rowNum) -> summary(rs))
			.list();
		String totalsSql = """
				select count(*) as referrals, coalesce(sum(r.amount_requested), 0) as requested,
				       coalesce(sum(r.amount_approved), 0) as approved,
				       count(*) filter (where r.outcome = 'APPROVED') as approved_count
				from loan_referrals r
				join households h on h.id = r.household_id
				where %s""".formatted(filter.where());
		LoanReferralTotals totals = filter.bind(this.jdbc.sql(totalsSql))
			.query((rs, rowNum) -> new LoanReferralTotals(rs.getLong("referrals"),
					Money.of(rs.getBigDecimal("requested")), Money.of(rs.getBigDecimal("approved")),
					rs.getLong("approved_count")))
			.single();
		return new LoanReferralList(new PageImpl<>(rows, pageable, totals.count()), totals);
	}

	/**
	 * Every referral {@link #search} finds, in its order, one at a time: the list's
	 * download.
	 */
	void forEach(AreaScope scope, LoanReferralQuery query, Consumer<LoanReferralSummary> action) {
		Filter filter = filter(scope, query);
		filter.bind(this.jdbc.sql(rowsSql(filter)))
			.withFetchSize(1000)
			.query((RowCallbackHandler) (rs) -> action.accept(summary(rs)));
	}

	private static String rowsSql(Filter filter) {
		return """
				select r.id, r.household_id, h.code, h.head_name, a.name as area_name, r.purpose, r.amount_requested,
				       r.referral_date, r.outcome, r.amount_approved, r.outcome_date
				from loan_referrals r
				join households h on h.id = r.household_id
				join residential_areas a on a.id = r.area_id
				where %s
				order by r.referral_date desc, r.id desc""".formatted(filter.where());
	}

	private static LoanReferralSummary summary(ResultSet rs) throws SQLException {
		return new LoanReferralSummary(rs.getLong("id"), rs.getLong("household_id"), rs.getString("code"),
				rs.getString("head_name"), rs.getString("area_name"), LoanPurpose.valueOf(rs.getString("purpose")),
				Money.of(rs.getBigDecimal("amount_requested")), rs.getDate("referral_date").toLocalDate(),
				LoanOutcome.valueOf(rs.getString("outcome")), money(rs.getBigDecimal("amount_approved")),
				date(rs.getDate("outcome_date")));
	}

	Optional<LoanReferralView> find(AreaScope scope, Long id) {
		StringBuilder sql = new StringBuilder(VIEW_COLUMNS).append("where r.id = :id and r.ward_id = :wardId");
		if (!scope.wholeWard()) {
			sql.append(" and h.area_id = any(:scopeAreas)");
		}
		StatementSpec spec = this.jdbc.sql(sql.toString()).param("id", id).param("wardId", scope.wardId());
		if (!scope.wholeWard()) {
			spec = spec.param("scopeAreas", scope.areaIds().toArray(Long[]::new));
		}
		return spec.query(LoanReferralSearch::view).optional();
	}

	/**
	 * The referrals of a household, newest first (the caller has checked the scope).
	 */
	List<LoanReferralView> ofHousehold(Long wardId, Long householdId) {
		return this.jdbc
			.sql(VIEW_COLUMNS + "where r.household_id = :householdId and r.ward_id = :wardId "
					+ "order by r.referral_date desc, r.id desc")
			.param("householdId", householdId)
			.param("wardId", wardId)
			.query(LoanReferralSearch::view)
			.list();
	}

	/**
	 * The years that have referrals the user may see, newest first.
	 */
	List<Integer> years(AreaScope scope) {
		Filter filter = filter(scope, new LoanReferralQuery(null, null, null, null));
		return filter.bind(this.jdbc.sql("""
				select distinct extract(year from r.referral_date)::int as year
				from loan_referrals r
				join households h on h.id = r.household_id
				where %s
				order by year desc""".formatted(filter.where()))).query(Integer.class).list();
	}

	private static LoanReferralView view(ResultSet rs, int rowNum) throws SQLException {
		return new LoanReferralView(rs.getLong("id"), rs.getLong("household_id"), rs.getString("code"),
				rs.getString("head_name"), rs.getString("area_code") + " – " + rs.getString("area_name"),
				LoanPurpose.valueOf(rs.getString("purpose")), rs.getString("purpose_note"),
				Money.of(rs.getBigDecimal("amount_requested")), rs.getDate("referral_date").toLocalDate(),
				LoanOutcome.valueOf(rs.getString("outcome")), money(rs.getBigDecimal("amount_approved")),
				date(rs.getDate("outcome_date")), rs.getString("note"), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant(), rs.getInt("version"));
	}

	private static Filter filter(AreaScope scope, LoanReferralQuery query) {
		Filter filter = new Filter(new ArrayList<>(), new ArrayList<>());
		filter.add("r.ward_id = :wardId", "wardId", scope.wardId());
		if (!scope.wholeWard()) {
			filter.add("h.area_id = any(:scopeAreas)", "scopeAreas", scope.areaIds().toArray(Long[]::new));
		}
		if (query.year() != null) {
			filter.add("r.referral_date >= :from", "from", LocalDate.of(query.year(), 1, 1));
			filter.add("r.referral_date < :to", "to", LocalDate.of(query.year() + 1, 1, 1));
		}
		if (query.areaId() != null) {
			filter.add("r.area_id = :areaId", "areaId", query.areaId());
		}
		if (query.outcome() != null) {
			filter.add("r.outcome = :outcome", "outcome", query.outcome().name());
		}
		List<String> words = VietnameseText.searchWords(query.text());
		for (int i = 0; i < words.size(); i++) {
			filter.add("lower(f_unaccent(h.code || ' ' || h.head_name)) like :word" + i, "word" + i,
					VietnameseText.likeContains(words.get(i)));
		}
		return filter;
	}

	private static Money money(BigDecimal amount) {
		return (amount != null) ? Money.of(amount) : null;
	}

	private static LocalDate date(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	private record Filter(List<String> conditions, List<Object[]> parameters) {

		void add(String condition, String name, Object value) {
			this.conditions.add(condition);
			this.parameters.add(new Object[] { name, value });
		}

		String where() {
			return String.join(" and ", this.conditions);
		}

		StatementSpec bind(StatementSpec spec) {
			StatementSpec bound = spec;
			for (Object[] parameter : this.parameters) {
				bound = bound.param((String) parameter[0], parameter[1]);
			}
			return bound;
		}

	}

}
