package vn.sochibo.fund;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.shared.Money;
import vn.sochibo.shared.NaturalOrder;
import vn.sochibo.shared.VietnameseText;
import vn.sochibo.ward.WardView;
import vn.sochibo.ward.Wards;

/**
 * What the public ledger reads, without login: a ward's funds, a fund's entries (newest
 * first, by keyset on the chain position, never by offset), one entry by its public code,
 * and the chain verification. Everything it returns is a public view: the private columns
 * of an entry (household, real name, approver, recording user) are never selected, and an
 * anonymous entry's area is left out in the query itself.
 */
@Service
public class PublicLedger {

	/** Entries per page of the public fund page. */
	public static final int PAGE_SIZE = 50;

	/** Entries on a printed poster (the most recent ones). */
	public static final int POSTER_SIZE = 200;

	/** Public codes as typed: Crockford's base 32, 20 characters. */
	private static final Pattern CODE = Pattern.compile("[0-9a-hjkmnp-tv-z]{20}");

	/** Longer input is not a code (and is not looked at further). */
	private static final int MAX_TYPED_CODE = 64;

	private static final String SELECT = """
			select e.fund_id, e.seq, e.public_code, e.entry_date, e.kind, e.method, e.display_name, e.amount,
			  e.purpose, e.voucher_no, e.receipt_year, e.receipt_no, e.reason, e.hash, e.prev_hash,
			  case when e.display_choice = 'ANONYMOUS' then null else a.name end as area_name,
			  o.seq as o_seq, o.public_code as o_code, o.kind as o_kind, o.method as o_method, o.entry_date as o_date,
			  r.seq as r_seq, r.public_code as r_code, r.entry_date as r_date, r.reason as r_reason
			from ledger_entries e
			  left join residential_areas a on a.id = e.area_id
			  left join ledger_entries o on o.id = e.reverses_id
			  left join ledger_entries r on r.reverses_id = e.id
			""";

	private final JdbcClient jdbc;

	private final FundStore funds;

	private final Ledger ledger;

	private final Wards wards;

	PublicLedger(JdbcClient jdbc, FundStore funds, Ledger ledger, Wards wards) {
		this.jdbc = jdbc;
		this.funds = funds;
		this.ledger = ledger;
		this.wards = wards;
	}

	/**
	 * A ward by id, with the base address of its printed links.
	 * @throws vn.sochibo.shared.NotFoundException for an unknown ward
	 */
	@Transactional(readOnly = true)
	public PublicWard ward(Long wardId) {
		WardView ward = this.wards.get(wardId);
		String baseUrl = ward.publicBaseUrl();
		return new PublicWard(ward.id(), ward.name(), ward.province(),
				(baseUrl != null && !baseUrl.isBlank()) ? baseUrl.strip() : null, ward.words());
	}

	/**
	 * The funds of a ward with their totals (one query, from the fund rows).
	 */
	@Transactional(readOnly = true)
	public List<FundSummary> funds(Long wardId) {
		return this.funds.summaries(wardId);
	}

	@Transactional(readOnly = true)
	public FundSummary fund(Long fundId) {
		return this.funds.summary(fundId).orElseThrow(() -> new FundNotFoundException(fundId));
	}

	/**
	 * The residential areas of a ward, for the area filter, in natural order.
	 */
	@Transactional(readOnly = true)
	public List<PublicArea> areas(Long wardId) {
		return NaturalOrder.sorted(this.jdbc.sql("select id, name from residential_areas where ward_id = :wardId")
			.param("wardId", wardId)
			.query((rs, row) -> new PublicArea(rs.getLong("id"), rs.getString("name")))
			.list(), PublicArea::name);
	}

	/**
	 * A page of a fund's entries that match the filter, newest first, older than
	 * {@code before} (a chain position) when given; with the fund's totals of the same
	 * moment. The cost does not depend on the ledger's length: one keyset query on
	 * {@code (fund_id, seq)} and the fund row.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public PublicEntryPage page(Long fundId, PublicEntryFilter filter, Integer before, int size) {
		FundSummary fund = fund(fundId);
		Query query = query(fundId, filter, before);
		List<PublicEntry> entries = this.jdbc
			.sql(SELECT + query.where() + " order by e.seq desc limit " + (Math.max(size, 1) + 1))
			.params(query.params())
			.query(PublicLedger::map)
			.list();
		Integer nextBefore = null;
		if (entries.size() > size) {
			entries = new ArrayList<>(entries.subList(0, size));
			nextBefore = entries.get(entries.size() - 1).seq();
		}
		return new PublicEntryPage(fund, List.copyOf(entries), nextBefore);
	}

	/**
	 * Every entry of a fund that matches the filter, newest first, one at a time (for
	 * downloads of any length).
	 * @throws FundNotFoundException for an unknown fund, before any entry is given
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public FundSummary forEach(Long fundId, PublicEntryFilter filter, Consumer<PublicEntry> action) {
		FundSummary fund = fund(fundId);
		Query query = query(fundId, filter, null);
		this.jdbc.sql(SELECT + query.where() + " order by e.seq desc")
			.params(query.params())
			.withFetchSize(500)
			.query((RowCallbackHandler) (rs) -> action.accept(map(rs, 0)));
		return fund;
	}

	/**
	 * One entry by its public code, as typed by a resident (spaces, dashes and capitals
	 * allowed).
	 */
	@Transactional(readOnly = true)
	public Optional<PublicEntry> entry(String typedCode) {
		return normalizeCode(typedCode).flatMap((code) -> this.jdbc.sql(SELECT + " where e.public_code = :code")
			.param("code", code)
			.query(PublicLedger::map)
			.optional());
	}

	/**
	 * Recomputes a fund's hash chain (see {@link Ledger#verify}).
	 */
	public ChainVerification verify(Long fundId) {
		return this.ledger.verify(fundId);
	}

	/**
	 * A public code as stored, from what a resident typed: spaces and dashes dropped,
	 * lower case, and the letters Crockford's base 32 reads as digits (O as 0, I and L as
	 * 1); empty when it cannot be a code.
	 */
	public static Optional<String> normalizeCode(String typed) {
		if (typed == null || typed.length() > MAX_TYPED_CODE) {
			return Optional.empty();
		}
		String code = typed.replaceAll("[\\s\\-._]", "")
			.toLowerCase(Locale.ROOT)
			.replace('o', '0')
			.replace('i', '1')
			.replace('l', '1');
		return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
	}

	private static Query query(Long fundId, PublicEntryFilter filter, Integer before) {
		StringBuilder where = new StringBuilder(" where e.fund_id = :fundId");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("fundId", fundId);
		switch (filter.side()) {
			case IN -> where.append(" and coalesce(o.kind, e.kind) in ('CONTRIBUTION', 'PLEDGE', 'PLEDGE_PAYMENT')");
			case OUT -> where.append(" and coalesce(o.kind, e.kind) = 'EXPENDITURE'");
			case ALL -> {
			}
		}
		if (filter.areaId() != null) {
			// Never by area for anonymous entries: the filter would tell their area.
			where.append(" and e.area_id = :areaId and e.display_choice is distinct from 'ANONYMOUS'");
			params.put("areaId", filter.areaId());
		}
		if (filter.from() != null) {
			where.append(" and e.entry_date >= :from");
			params.put("from", Date.valueOf(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" and e.entry_date <= :to");
			params.put("to", Date.valueOf(filter.to()));
		}
		List<String> words = filter.words();
		for (int i = 0; i < words.size(); i++) {
			where.append(" and lower(f_unaccent(e.display_name)) like :word").append(i);
			params.put("word" + i, VietnameseText.likeContains(words.get(i)));
		}
		if (before != null) {
			where.append(" and e.seq < :before");
			params.put("before", before);
		}
		return new Query(where.toString(), params);
	}

	private static PublicEntry map(ResultSet rs, int row) throws SQLException {
		String originalMethod = rs.getString("o_method");
		PublicEntryRef reverses = (rs.getString("o_code") != null) ? new PublicEntryRef(rs.getInt("o_seq"),
				rs.getString("o_code"), EntryKind.valueOf(rs.getString("o_kind")),
				(originalMethod != null) ? PaymentMethod.valueOf(originalMethod) : null,
				rs.getDate("o_date").toLocalDate(), null) : null;
		PublicEntryRef reversedBy = (rs.getString("r_code") != null)
				? new PublicEntryRef(rs.getInt("r_seq"), rs.getString("r_code"), EntryKind.REVERSAL, null,
						rs.getDate("r_date").toLocalDate(), rs.getString("r_reason"))
				: null;
		String method = rs.getString("method");
		return new PublicEntry(rs.getLong("fund_id"), rs.getInt("seq"), rs.getString("public_code"),
				rs.getDate("entry_date").toLocalDate(), EntryKind.valueOf(rs.getString("kind")),
				(method != null) ? PaymentMethod.valueOf(method) : null, rs.getString("display_name"),
				rs.getString("area_name"), Money.of(rs.getBigDecimal("amount")), rs.getString("purpose"),
				rs.getString("voucher_no"), rs.getObject("receipt_year", Integer.class),
				rs.getObject("receipt_no", Integer.class), rs.getString("reason"), reverses, reversedBy,
				rs.getString("hash"), rs.getString("prev_hash"));
	}

	private record Query(String where, Map<String, Object> params) {
	}

}
