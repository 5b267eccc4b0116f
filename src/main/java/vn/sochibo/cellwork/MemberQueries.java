package vn.sochibo.cellwork;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

import vn.sochibo.shared.VietnameseText;

/**
 * The read side of the members: a cell's list (one query for the page, one for the
 * count), its roll over a period (one query), its counts on a day.
 */
@Component
class MemberQueries {

	private static final String ORDER = "m.given_name, m.full_name collate \"vi-VN-x-icu\", m.id";

	private static final String SELECT = """
			select m.id, m.full_name, m.birth_year, m.sex, m.joined_on, m.official_on, m.official_due_on,
			       m.exempt_since, m.state, p.valid_from, p.valid_to, p.went_to
			%s
			order by %s""";

	private final JdbcClient jdbc;

	MemberQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<MemberRow> list(Long wardId, Long cellId, MemberQuery query, LocalDate today, Pageable pageable) {
		List<String> words = VietnameseText.searchWords(query.text());
		String from = from(query, words);
		List<MemberRow> rows = bind(this.jdbc.sql(SELECT.formatted(from, ORDER) + " limit :limit offset :offset"),
				wardId, cellId, words)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(MemberQueries::row)
			.list();
		long total = bind(this.jdbc.sql("select count(*) " + from), wardId, cellId, words).query(Long.class).single();
		return new PageImpl<>(rows, pageable, total);
	}

	/**
	 * Every member {@link #list} finds, in its order, one at a time: the list's download.
	 */
	void forEach(Long wardId, Long cellId, MemberQuery query, Consumer<MemberRow> action) {
		List<String> words = VietnameseText.searchWords(query.text());
		bind(this.jdbc.sql(SELECT.formatted(from(query, words), ORDER)), wardId, cellId, words).withFetchSize(1000)
			.query((RowCallbackHandler) (rs) -> action.accept(row(rs, 0)));
	}

	private static String from(MemberQuery query, List<String> words) {
		List<String> conditions = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			conditions.add("m.search_text like :word" + i);
		}
		boolean former = query.filter() == MemberFilter.FORMER;
		switch (query.filter()) {
			case FULL -> conditions.add("m.official_on is not null");
			case PROBATIONARY -> conditions.add("m.official_on is null");
			case EXEMPT -> conditions.add("m.exempt_since is not null");
			default -> {
			}
		}
		// The member's last period in this cell: open for those on its roll, ended for
		// former
		// members (moved to another cell or out of the ward, or died).
		return """
				from party_members m
				join lateral (select p.valid_from, p.valid_to, p.went_to from party_member_cells p
				              where p.member_id = m.id and p.cell_id = :cellId
				              order by p.valid_from desc, p.id desc limit 1) p on true
				where m.ward_id = :wardId and %s %s""".formatted(
				former ? "p.valid_to is not null" : "p.valid_to is null",
				conditions.isEmpty() ? "" : " and " + String.join(" and ", conditions));
	}

	/**
	 * Every member's periods in the cell that touch {@code from}…{@code to}, in list
	 * order.
	 */
	MemberRoll roll(Long wardId, Long cellId, LocalDate from, LocalDate to) {
		List<MemberRoll.Line> lines = this.jdbc.sql("""
				select m.id, m.full_name, m.sex, m.birth_year, m.joined_on, m.official_on, m.exempt_since,
				       p.valid_from, p.valid_to
				from party_member_cells p join party_members m on m.id = p.member_id
				where p.ward_id = :wardId and p.cell_id = :cellId
				  and p.valid_from <= :to and (p.valid_to is null or p.valid_to >= :from)
				order by %s, p.valid_from""".formatted(ORDER))
			.param("wardId", wardId)
			.param("cellId", cellId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, rowNum) -> new MemberRoll.Line(rs.getLong("id"), rs.getString("full_name"),
					Sex.valueOf(rs.getString("sex")), rs.getInt("birth_year"), date(rs, "joined_on"),
					date(rs, "official_on"), date(rs, "exempt_since"), date(rs, "valid_from"), date(rs, "valid_to"),
					to))
			.list();
		return new MemberRoll(lines);
	}

	MemberCounts counts(Long wardId, Long cellId, LocalDate day) {
		return this.jdbc.sql("""
				select count(*) as total,
				       count(*) filter (where m.official_on is not null and m.official_on <= :day) as full,
				       count(*) filter (where m.official_on is null or m.official_on > :day) as probationary,
				       count(*) filter (where m.exempt_since is not null and m.exempt_since <= :day) as exempt,
				       count(*) filter (where m.sex = 'FEMALE') as women
				from party_member_cells p join party_members m on m.id = p.member_id
				where p.ward_id = :wardId and p.cell_id = :cellId
				  and p.valid_from <= :day and (p.valid_to is null or p.valid_to >= :day)""")
			.param("wardId", wardId)
			.param("cellId", cellId)
			.param("day", Date.valueOf(day))
			.query((rs, rowNum) -> new MemberCounts(rs.getLong("total"), rs.getLong("full"), rs.getLong("probationary"),
					rs.getLong("exempt"), rs.getLong("women")))
			.single();
	}

	/**
	 * How many members joined the Party (were admitted) in the cell during the period:
	 * their first period in the cell began on the day they joined.
	 */
	long admitted(Long wardId, Long cellId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select count(*) from party_members m
				where m.ward_id = :wardId and m.joined_on between :from and :to
				  and exists (select 1 from party_member_cells p where p.member_id = m.id and p.cell_id = :cellId
				              and p.valid_from = m.joined_on)""")
			.param("wardId", wardId)
			.param("cellId", cellId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query(Long.class)
			.single();
	}

	private static StatementSpec bind(StatementSpec spec, Long wardId, Long cellId, List<String> words) {
		StatementSpec bound = spec.param("wardId", wardId).param("cellId", cellId);
		for (int i = 0; i < words.size(); i++) {
			bound = bound.param("word" + i, VietnameseText.likeContains(words.get(i)));
		}
		return bound;
	}

	private static MemberRow row(ResultSet rs, int rowNum) throws SQLException {
		LocalDate until = date(rs, "valid_to");
		return new MemberRow(rs.getLong("id"), rs.getString("full_name"), rs.getInt("birth_year"),
				Sex.valueOf(rs.getString("sex")), date(rs, "joined_on"), date(rs, "official_on"),
				date(rs, "official_due_on"), date(rs, "exempt_since"), MemberState.valueOf(rs.getString("state")),
				date(rs, "valid_from"), until, rs.getString("went_to"), until == null);
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date value = rs.getDate(column);
		return (value != null) ? value.toLocalDate() : null;
	}

}
