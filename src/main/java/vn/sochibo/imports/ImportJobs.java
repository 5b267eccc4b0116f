package vn.sochibo.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.sochibo.shared.CopyIn;
import vn.sochibo.shared.CurrentUser;

/**
 * The import jobs and their plans ({@code import_jobs}, {@code import_job_rows}, V20):
 * each change of a job's phase or progress in its own short transaction, so every
 * instance sees it at once — except {@link #committed}, which joins the commit's
 * transaction so the records and the job's "done" are written together.
 */
@Component
class ImportJobs {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<String>> CELLS = new TypeReference<>() {
	};

	private static final TypeReference<List<RowError>> ERRORS = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			id, ward_id, kind, status_year, cell_id, actor_id, actor, file_name, file_sha256, file_size, phase, rows_total,
			rows_done, create_rows, update_rows, skip_rows, undecided_rows, error_rows, failure, failure_detail,
			created_at, checked_at, commit_started_at, finished_at, updated_at""";

	private final JdbcClient jdbc;

	private final CopyIn copyIn;

	private final Clock clock;

	ImportJobs(JdbcClient jdbc, CopyIn copyIn, Clock clock) {
		this.jdbc = jdbc;
		this.copyIn = copyIn;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	long create(CurrentUser user, ImportKind kind, Integer statusYear, Long cellId, String fileName, String sha256,
			byte[] bytes) {
		Timestamp now = now();
		return this.jdbc
			.sql("""
					insert into import_jobs (ward_id, kind, status_year, cell_id, actor_id, actor, file_name, file_sha256, file_size,
					                         file_content, phase, created_at, updated_at)
					values (:ward, :kind, :year, :cell, :actorId, :actor, :name, :sha, :size, :content, 'CHECKING', :now, :now)
					returning id""")
			.param("ward", user.wardId())
			.param("kind", kind.name())
			.param("year", statusYear)
			.param("cell", cellId)
			.param("actorId", user.id())
			.param("actor", user.username())
			.param("name", fileName)
			.param("sha", sha256)
			.param("size", bytes.length)
			.param("content", bytes)
			.param("now", now)
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	Optional<ImportJobView> find(Long wardId, Long id) {
		return this.jdbc.sql("select " + COLUMNS + " from import_jobs where ward_id = :ward and id = :id")
			.param("ward", wardId)
			.param("id", id)
			.query(ImportJobs::toView)
			.optional();
	}

	@Transactional(readOnly = true)
	byte[] content(Long id) {
		return this.jdbc.sql("select file_content from import_jobs where id = :id")
			.param("id", id)
			.query(byte[].class)
			.single();
	}

	/** The ward's jobs, newest first (those of one actor when given). */
	@Transactional(readOnly = true)
	List<ImportJobView> list(Long wardId, Long actorId, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from import_jobs where ward_id = :ward"
					+ ((actorId != null) ? " and actor_id = :actor" : "") + " order by id desc limit :limit")
			.param("ward", wardId)
			.param("actor", actorId)
			.param("limit", limit)
			.query(ImportJobs::toView)
			.list();
	}

	/**
	 * The latest committed job of the ward that imported a file with these bytes, if any.
	 */
	@Transactional(readOnly = true)
	Optional<ImportJobView> committedWithHash(Long wardId, ImportKind kind, String sha256) {
		return this.jdbc
			.sql("select " + COLUMNS + " from import_jobs where ward_id = :ward and kind = :kind"
					+ " and file_sha256 = :sha and phase = 'COMMITTED' order by id desc limit 1")
			.param("ward", wardId)
			.param("kind", kind.name())
			.param("sha", sha256)
			.query(ImportJobs::toView)
			.optional();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void total(Long id, int rowsTotal) {
		this.jdbc.sql("update import_jobs set rows_total = :total, updated_at = :now where id = :id")
			.param("total", rowsTotal)
			.param("now", now())
			.param("id", id)
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void progress(Long id, int rowsDone) {
		this.jdbc.sql("update import_jobs set rows_done = :done, updated_at = :now where id = :id")
			.param("done", rowsDone)
			.param("now", now())
			.param("id", id)
			.update();
	}

	/** Stores a batch of the plan's rows and the progress so far. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void saveRows(Long id, List<PlannedRow> rows, int rowsDone) {
		this.copyIn.copy("import_job_rows",
				List.of("job_id", "row_no", "decision", "target_id", "target_version", "target_label", "cells", "value",
						"errors"),
				rows,
				(row) -> Arrays.asList(id, row.rowNo(), row.decision().name(), row.targetId(), row.targetVersion(),
						row.targetLabel(), row.errors().isEmpty() ? null : JSON.writeValueAsString(row.cells()),
						row.value(), row.errors().isEmpty() ? null : JSON.writeValueAsString(row.errors())));
		progress(id, rowsDone);
	}

	/** Phase 1 done: the plan's counts, from its stored rows. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void checked(Long id) {
		Timestamp now = now();
		this.jdbc.sql("""
				update import_jobs j set phase = 'CHECKED', checked_at = :now, updated_at = :now, failure = null,
				       failure_detail = null, rows_done = c.total, rows_total = c.total,
				       create_rows = c.creates, update_rows = c.updates, skip_rows = c.skips,
				       undecided_rows = c.undecided, error_rows = c.errors
				  from (select count(*) as total,
				               count(*) filter (where decision = 'CREATE') as creates,
				               count(*) filter (where decision = 'UPDATE') as updates,
				               count(*) filter (where decision = 'SKIP') as skips,
				               count(*) filter (where decision = 'UNDECIDED') as undecided,
				               count(*) filter (where decision = 'ERROR') as errors
				          from import_job_rows where job_id = :id) c
				 where j.id = :id""").param("now", now).param("id", id).update();
	}

	/** Phase 1 refused the file: its plan rows go, the reason stays. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void failed(Long id, String failure, String detail) {
		this.jdbc.sql("delete from import_job_rows where job_id = :id").param("id", id).update();
		this.jdbc.sql("""
				update import_jobs set phase = 'FAILED', failure = :failure, failure_detail = :detail,
				       finished_at = :now, updated_at = :now, create_rows = 0, update_rows = 0, skip_rows = 0,
				       undecided_rows = 0, error_rows = 0
				 where id = :id""")
			.param("failure", failure)
			.param("detail", (detail != null && detail.length() > 500) ? detail.substring(0, 500) : detail)
			.param("now", now())
			.param("id", id)
			.update();
	}

	/**
	 * Starts phase 1 again on the stored file (after an interruption or a stale plan).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	boolean restartCheck(Long id, List<ImportPhase> from) {
		this.jdbc.sql("delete from import_job_rows where job_id = :id").param("id", id).update();
		return this.jdbc.sql("""
				update import_jobs set phase = 'CHECKING', rows_done = 0, failure = null, failure_detail = null,
				       finished_at = null, commit_started_at = null, updated_at = :now
				 where id = :id and phase in (:from)""")
			.param("now", now())
			.param("id", id)
			.param("from", from.stream().map(Enum::name).toList())
			.update() == 1;
	}

	/** Phase 2 begins, once: only a checked plan with nothing left to decide. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	boolean startCommit(Long id, boolean interrupted) {
		String from = interrupted ? "phase in ('CHECKED', 'COMMITTING')" : "phase = 'CHECKED'";
		Timestamp now = now();
		return this.jdbc
			.sql("update import_jobs set phase = 'COMMITTING', rows_done = 0, commit_started_at = :now,"
					+ " updated_at = :now where id = :id and " + from + " and error_rows = 0 and undecided_rows = 0")
			.param("now", now)
			.param("id", id)
			.update() == 1;
	}

	/** Phase 2 done, in the commit's own transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	void committed(Long id, int rowsDone) {
		Timestamp now = now();
		this.jdbc.sql("""
				update import_jobs set phase = 'COMMITTED', rows_done = :done, finished_at = :now, updated_at = :now
				 where id = :id and phase = 'COMMITTING'""")
			.param("done", rowsDone)
			.param("now", now)
			.param("id", id)
			.update();
	}

	/** Phase 2 refused the plan: nothing was written. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void stale(Long id, String failure, String detail) {
		this.jdbc.sql("""
				update import_jobs set phase = 'STALE', failure = :failure, failure_detail = :detail,
				       updated_at = :now where id = :id""")
			.param("failure", failure)
			.param("detail", detail)
			.param("now", now())
			.param("id", id)
			.update();
	}

	/**
	 * Phase 2 broke on something unexpected: nothing was written, the plan may be
	 * committed again.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void commitAborted(Long id) {
		this.jdbc
			.sql("update import_jobs set phase = 'CHECKED', updated_at = :now where id = :id"
					+ " and phase = 'COMMITTING'")
			.param("now", now())
			.param("id", id)
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	boolean discard(Long id) {
		this.jdbc.sql("delete from import_job_rows where job_id = :id").param("id", id).update();
		return this.jdbc
			.sql("update import_jobs set phase = 'DISCARDED', updated_at = :now, finished_at = :now"
					+ " where id = :id and phase in ('CHECKED', 'FAILED', 'STALE')")
			.param("now", now())
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Decides rows that match an existing record (those given, or every undecided one
	 * when none are): update it or skip the row.
	 * @return how many rows were decided
	 */
	@Transactional
	int decide(Long id, List<Integer> rowNos, RowDecision decision) {
		String rows = rowNos.isEmpty() ? "decision = 'UNDECIDED'"
				: "row_no in (:rows) and decision in ('UNDECIDED', 'UPDATE', 'SKIP')";
		int decided = this.jdbc
			.sql("update import_job_rows set decision = :decision where job_id = :id and target_id is not null and "
					+ rows + " and exists (select 1 from import_jobs j where j.id = :id and j.phase = 'CHECKED')")
			.param("decision", decision.name())
			.param("id", id)
			.param("rows", rowNos)
			.update();
		this.jdbc
			.sql("""
					update import_jobs j set updated_at = :now,
					       update_rows = (select count(*) from import_job_rows where job_id = :id and decision = 'UPDATE'),
					       skip_rows = (select count(*) from import_job_rows where job_id = :id and decision = 'SKIP'),
					       undecided_rows = (select count(*) from import_job_rows where job_id = :id and decision = 'UNDECIDED')
					 where j.id = :id and j.phase = 'CHECKED'""")
			.param("now", now())
			.param("id", id)
			.update();
		return decided;
	}

	/** A page of the plan's rows of these decisions, by row number. */
	@Transactional(readOnly = true)
	List<PlannedRow> rows(Long id, List<RowDecision> decisions, int offset, int limit) {
		return this.jdbc.sql("""
				select row_no, decision, target_id, target_version, target_label, cells, value, errors
				  from import_job_rows where job_id = :id and decision in (:decisions)
				 order by row_no offset :offset limit :limit""")
			.param("id", id)
			.param("decisions", decisions.stream().map(Enum::name).toList())
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> toRow(rs))
			.list();
	}

	/**
	 * Every row of the plan of these decisions, by row number, streamed (the cells and
	 * errors only when {@code withErrors}: the commit needs the values alone).
	 */
	@Transactional(readOnly = true)
	void forEachRow(Long id, List<RowDecision> decisions, boolean withErrors, Consumer<PlannedRow> consumer) {
		this.jdbc
			.sql("select row_no, decision, target_id, target_version, target_label, value, "
					+ (withErrors ? "cells, errors" : "null as cells, null as errors")
					+ " from import_job_rows where job_id = :id and decision in (:decisions) order by row_no")
			.param("id", id)
			.param("decisions", decisions.stream().map(Enum::name).toList())
			.withFetchSize(2_000)
			.query((RowCallbackHandler) (rs) -> consumer.accept(toRow(rs)));
	}

	private static PlannedRow toRow(ResultSet rs) throws SQLException {
		String errors = rs.getString("errors");
		String cells = rs.getString("cells");
		return new PlannedRow(rs.getInt("row_no"), RowDecision.valueOf(rs.getString("decision")),
				(Long) rs.getObject("target_id"), (Integer) rs.getObject("target_version"),
				rs.getString("target_label"), (cells != null) ? JSON.readValue(cells, CELLS) : List.of(),
				rs.getString("value"), (errors != null) ? JSON.readValue(errors, ERRORS) : new ArrayList<>());
	}

	private static ImportJobView toView(ResultSet rs, int row) throws SQLException {
		return new ImportJobView(rs.getLong("id"), rs.getLong("ward_id"), ImportKind.valueOf(rs.getString("kind")),
				(Integer) rs.getObject("status_year"), (Long) rs.getObject("cell_id"), rs.getLong("actor_id"),
				rs.getString("actor"), rs.getString("file_name"), rs.getString("file_sha256"), rs.getInt("file_size"),
				ImportPhase.valueOf(rs.getString("phase")), (Integer) rs.getObject("rows_total"),
				rs.getInt("rows_done"), rs.getInt("create_rows"), rs.getInt("update_rows"), rs.getInt("skip_rows"),
				rs.getInt("undecided_rows"), rs.getInt("error_rows"), rs.getString("failure"),
				rs.getString("failure_detail"), instant(rs, "created_at"), instant(rs, "checked_at"),
				instant(rs, "commit_started_at"), instant(rs, "finished_at"), instant(rs, "updated_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

}
