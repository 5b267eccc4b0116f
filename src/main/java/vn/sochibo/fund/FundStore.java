package vn.sochibo.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.sochibo.shared.Money;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseDates;

/**
 * The ledger's side of a fund row: taking the fund's lock, and moving its running totals
 * and chain head forward after an append. The lock ({@code for update}) is what
 * serializes concurrent appends to one fund.
 */
@Component
class FundStore {

	private final JdbcClient jdbc;

	FundStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the fund row until the transaction ends and returns what an append needs.
	 */
	Optional<LockedFund> lock(Long wardId, Long fundId) {
		return this.jdbc.sql("""
				select id, ward_id, entry_count, head_hash, starts_on, ends_on from funds
				where id = :id and ward_id = :wardId for update""")
			.param("id", fundId)
			.param("wardId", wardId)
			.query((rs, row) -> new LockedFund(rs.getLong("id"), rs.getLong("ward_id"), rs.getInt("entry_count"),
					rs.getString("head_hash"), areaIds(fundId), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class)))
			.optional();
	}

	/**
	 * Records an appended entry in the fund: its effect on the totals and the new head.
	 */
	void advance(Long fundId, Ledger.Effect effect, String headHash) {
		advance(fundId, 1, effect, headHash);
	}

	/**
	 * Records {@code count} appended entries in the fund: their effect on the totals
	 * (money raised, goods' estimated value, spent, pledged) and the new head (the last
	 * one's hash).
	 */
	void advance(Long fundId, int count, Ledger.Effect effect, String headHash) {
		this.jdbc.sql("""
				update funds set raised = raised + :raised, in_kind = in_kind + :inKind, spent = spent + :spent,
				  pledged = pledged + :pledged, entry_count = entry_count + :count, head_hash = :head
				where id = :id""")
			.param("count", count)
			.param("raised", effect.raised().amount())
			.param("inKind", effect.inKind().amount())
			.param("spent", effect.spent().amount())
			.param("pledged", effect.pledged().amount())
			.param("head", headHash)
			.param("id", fundId)
			.update();
	}

	Optional<FundSummary> summary(Long wardId, Long fundId) {
		return this.jdbc.sql("select * from funds where id = :id and ward_id = :wardId")
			.param("id", fundId)
			.param("wardId", wardId)
			.query(FundStore::summaryOf)
			.optional();
	}

	Optional<FundSummary> summary(Long fundId) {
		return this.jdbc.sql("select * from funds where id = :id")
			.param("id", fundId)
			.query(FundStore::summaryOf)
			.optional();
	}

	List<FundSummary> summaries(Long wardId) {
		return this.jdbc.sql("select * from funds where ward_id = :wardId order by starts_on desc, id desc")
			.param("wardId", wardId)
			.query(FundStore::summaryOf)
			.list();
	}

	/** The summaries of those funds of the ward. */
	List<FundSummary> summaries(Long wardId, Set<Long> fundIds) {
		return this.jdbc.sql("select * from funds where ward_id = :wardId and id in (:ids)")
			.param("wardId", wardId)
			.param("ids", fundIds)
			.query(FundStore::summaryOf)
			.list();
	}

	/**
	 * Money raised by source, from the entries that raise money and were not reversed: in
	 * kind, labour and land count as {@link FundingSource#IN_KIND}; anonymous givers
	 * count as residents.
	 */
	Map<FundingSource, Money> raisedBySource(Long fundId) {
		Map<FundingSource, Money> totals = new EnumMap<>(FundingSource.class);
		for (FundingSource source : FundingSource.values()) {
			totals.put(source, Money.ZERO);
		}
		this.jdbc.sql("""
				select e.method, e.contributor_kind, sum(e.amount) as total from ledger_entries e
				where e.fund_id = :fundId and e.kind in ('CONTRIBUTION', 'PLEDGE_PAYMENT')
				  and not exists (select 1 from ledger_entries r where r.reverses_id = e.id)
				group by e.method, e.contributor_kind""").param("fundId", fundId).query((RowCallbackHandler) (rs) -> {
			PaymentMethod method = PaymentMethod.valueOf(rs.getString("method"));
			String kind = rs.getString("contributor_kind");
			FundingSource source = method.needsDescription() ? FundingSource.IN_KIND
					: (kind != null) ? ContributorKind.valueOf(kind).source() : FundingSource.RESIDENTS;
			totals.merge(source, Money.of(rs.getBigDecimal("total")), Money::plus);
		});
		return totals;
	}

	/**
	 * The areas each fund of the ward collects in; a fund collecting in the whole ward is
	 * absent.
	 */
	java.util.Map<Long, Set<Long>> areasByFund(Long wardId) {
		java.util.Map<Long, Set<Long>> areas = new java.util.HashMap<>();
		this.jdbc.sql("select fund_id, area_id from fund_areas where ward_id = :wardId")
			.param("wardId", wardId)
			.query((rs) -> {
				areas.computeIfAbsent(rs.getLong("fund_id"), (id) -> new java.util.HashSet<>())
					.add(rs.getLong("area_id"));
			});
		return areas;
	}

	private Set<Long> areaIds(Long fundId) {
		return Set.copyOf(this.jdbc.sql("select area_id from fund_areas where fund_id = :id")
			.param("id", fundId)
			.query(Long.class)
			.list());
	}

	private static FundSummary summaryOf(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		BigDecimal target = rs.getBigDecimal("target");
		java.sql.Date endsOn = rs.getDate("ends_on");
		return new FundSummary(rs.getLong("id"), rs.getLong("ward_id"), FundKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("purpose"), (target != null) ? Money.of(target) : null,
				rs.getDate("starts_on").toLocalDate(), (endsOn != null) ? endsOn.toLocalDate() : null,
				Money.of(rs.getBigDecimal("raised")), Money.of(rs.getBigDecimal("in_kind")),
				Money.of(rs.getBigDecimal("spent")), Money.of(rs.getBigDecimal("pledged")), rs.getInt("entry_count"),
				rs.getString("head_hash"));
	}

	/**
	 * The date of the fund's first entry, and of its last contribution or pledge (new
	 * money), both null when there is none: a fund's period must keep holding them.
	 */
	EntryDates entryDates(Long fundId) {
		return this.jdbc.sql("""
				select min(entry_date) as first_entry,
				  max(entry_date) filter (where kind in ('CONTRIBUTION', 'PLEDGE')) as last_raised
				from ledger_entries where fund_id = :id""")
			.param("id", fundId)
			.query((rs, row) -> new EntryDates(rs.getObject("first_entry", LocalDate.class),
					rs.getObject("last_raised", LocalDate.class)))
			.single();
	}

	record EntryDates(LocalDate first, LocalDate lastRaised) {
	}

	/**
	 * A fund locked for an append.
	 */
	record LockedFund(Long id, Long wardId, int entryCount, String headHash, Set<Long> areaIds, LocalDate startsOn,
			LocalDate endsOn) {

		/**
		 * An entry is dated within the fund's period: never before it starts; after it
		 * ends only money going out or coming in on an earlier promise (an expenditure, a
		 * pledge payment) — a closed drive takes no new contributions or pledges, but
		 * what it raised is often spent, and promises paid, after it closes.
		 * @param raisesNew whether the entry is a new contribution or pledge
		 */
		void requireInPeriod(LocalDate date, boolean raisesNew) {
			if (date.isBefore(this.startsOn)) {
				throw new RuleViolationException("date", "entry.date.beforeFund",
						VietnameseDates.format(this.startsOn));
			}
			if (raisesNew && this.endsOn != null && date.isAfter(this.endsOn)) {
				throw new RuleViolationException("date", "entry.date.afterFundEnd",
						VietnameseDates.format(this.endsOn));
			}
		}

	}

}
