package vn.sochibo.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The frozen editions of reports (append-only): the document as it was rendered, its
 * figures and the fund heads of the moment, each as JSON, with the SHA-256 of the three;
 * and the next document number of an issuer within the Party's term.
 */
@Component
class ReportEditions {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ReportEditions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The number the issuer's next report takes: one more than the highest number of its
	 * reports issued since the term began (all of them when no term is set). Takes a lock
	 * on the issuer until the transaction ends, so two at once never share a number.
	 */
	int nextNumber(Long wardId, Long cellId, LocalDate termStartsOn) {
		this.jdbc.sql("select pg_advisory_xact_lock(:key1, :key2)")
			.param("key1", 4711)
			.param("key2", (cellId != null) ? cellId.intValue() : -wardId.intValue())
			.query((rs, n) -> 1)
			.list();
		Integer highest = this.jdbc.sql("""
				select max(doc_number) from annual_reports
				 where ward_id = :ward and coalesce(cell_id, 0) = coalesce(:cell, 0)
				   and (cast(:term as date) is null or issued_on >= :term)""")
			.param("ward", wardId)
			.param("cell", cellId)
			.param("term", termStartsOn)
			.query(Integer.class)
			.optional()
			.orElse(null);
		return (highest == null) ? 1 : highest + 1;
	}

	FrozenEdition store(Long wardId, Long reportId, int edition, String reason, PartyDocument document,
			Map<String, String> figures, List<FrozenEdition.FundHead> heads, String by, Instant at) {
		String documentJson = JSON.writeValueAsString(document);
		String figuresJson = JSON.writeValueAsString(figures);
		String headsJson = JSON.writeValueAsString(heads);
		String sha = sha256(documentJson, figuresJson, headsJson);
		this.jdbc.sql("""
				insert into annual_report_editions (ward_id, report_id, edition, reason, document, figures, fund_heads,
				  sha256, finalized_by, finalized_at)
				values (:ward, :report, :edition, :reason, :document, :figures, :heads, :sha, :by, :at)""")
			.param("ward", wardId)
			.param("report", reportId)
			.param("edition", edition)
			.param("reason", reason)
			.param("document", documentJson)
			.param("figures", figuresJson)
			.param("heads", headsJson)
			.param("sha", sha)
			.param("by", by)
			.param("at", java.sql.Timestamp.from(at))
			.update();
		return new FrozenEdition(edition, reason, document, figures, heads, sha, by, at, true);
	}

	/** The report's editions, oldest first, without their documents. */
	List<EditionSummary> list(Long reportId) {
		return this.jdbc.sql("""
				select edition, reason, sha256, finalized_by, finalized_at from annual_report_editions
				 where report_id = :report order by edition""")
			.param("report", reportId)
			.query((rs, n) -> new EditionSummary(rs.getInt("edition"), rs.getString("reason"), rs.getString("sha256"),
					rs.getString("finalized_by"), rs.getTimestamp("finalized_at").toInstant()))
			.list();
	}

	/** One edition, its hash checked again against what is stored. */
	Optional<FrozenEdition> get(Long reportId, int edition) {
		return this.jdbc.sql("select * from annual_report_editions where report_id = :report and edition = :edition")
			.param("report", reportId)
			.param("edition", edition)
			.query((rs, n) -> {
				String document = rs.getString("document");
				String figures = rs.getString("figures");
				String heads = rs.getString("fund_heads");
				String sha = rs.getString("sha256");
				return new FrozenEdition(rs.getInt("edition"), rs.getString("reason"),
						JSON.readValue(document, PartyDocument.class),
						JSON.readValue(figures, new TypeReference<Map<String, String>>() {
						}), JSON.readValue(heads, new TypeReference<List<FrozenEdition.FundHead>>() {
						}), sha, rs.getString("finalized_by"), rs.getTimestamp("finalized_at").toInstant(),
						sha.equals(sha256(document, figures, heads)));
			})
			.optional();
	}

	static String sha256(String document, String figures, String heads) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(document.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) '\n');
			digest.update(figures.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) '\n');
			digest.update(heads.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
