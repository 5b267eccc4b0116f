package vn.sochibo.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.sochibo.imports.SheetRows.SheetRow;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.StalePlanException;
import vn.sochibo.shared.VietnameseText;

/**
 * Runs the two phases of an import on the import executor, never on a request thread:
 * phase 1 inspects the stored file, matches its headers, checks every row and stores the
 * plan in batches (the progress bar follows); phase 2 commits the plan in one transaction
 * with the job's "done", or marks it stale and writes nothing.
 */
@Component
class ImportRunner implements DisposableBean {

	/** The most data rows a file may hold. */
	static final int MAX_ROWS = 200_000;

	private static final int BATCH = 2_000;

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportJobs jobs;

	private final Map<ImportKind, ImportPlanner> planners = new HashMap<>();

	/**
	 * The threads imports run on, apart from the request threads: two at a time, twenty
	 * waiting; beyond that an upload is told to try again later.
	 */
	private final ThreadPoolTaskExecutor executor;

	/**
	 * Stores a job's plan batch by batch beside the thread reading the file (one batch of
	 * a job at a time), so reading and writing overlap.
	 */
	private final ThreadPoolTaskExecutor saver;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	ImportRunner(ImportJobs jobs, List<ImportPlanner> planners, TransactionTemplate transaction,
			MessageSource messages) {
		this.jobs = jobs;
		planners.forEach((planner) -> this.planners.put(planner.kind(), planner));
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setQueueCapacity(20);
		executor.setThreadNamePrefix("import-");
		executor.initialize();
		this.executor = executor;
		ThreadPoolTaskExecutor saver = new ThreadPoolTaskExecutor();
		saver.setCorePoolSize(2);
		saver.setMaxPoolSize(2);
		saver.setThreadNamePrefix("import-save-");
		saver.initialize();
		this.saver = saver;
		this.transaction = transaction;
		this.messages = messages;
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
		this.saver.shutdown();
	}

	ImportPlanner planner(ImportKind kind) {
		return this.planners.get(kind);
	}

	/**
	 * Queues phase 1 of the job; a full queue fails it with a message to try again later.
	 */
	void startCheck(CurrentUser user, Long jobId) {
		try {
			this.executor.execute(() -> check(user, jobId));
		}
		catch (RejectedExecutionException ex) {
			this.jobs.failed(jobId, "busy", null);
		}
	}

	/** Queues phase 2 of the job. */
	void startCommit(CurrentUser user, Long jobId) {
		try {
			this.executor.execute(() -> commit(user, jobId));
		}
		catch (RejectedExecutionException ex) {
			this.jobs.commitAborted(jobId);
		}
	}

	void check(CurrentUser user, Long jobId) {
		try {
			ImportJobView job = this.jobs.find(user.wardId(), jobId).orElseThrow();
			byte[] bytes = this.jobs.content(jobId);
			XlsxGuard.Inspection inspection = XlsxGuard.inspect(bytes);
			if (inspection.rows() - 1 > MAX_ROWS) {
				throw new ImportFileException("tooManyRows", String.valueOf(inspection.rows() - 1));
			}
			this.jobs.total(jobId, Math.max(0, inspection.rows() - 1));
			ImportPlanner planner = this.planners.get(job.kind());
			ImportPlanner.RowChecker checker = planner.start(user, job);
			Reading reading = new Reading(planner.columns(), labels(planner.columns()), this.jobs, this.saver);
			try {
				SheetRows.read(bytes, reading::header, (row) -> {
					if (reading.failure != null) {
						throw new Stop();
					}
					if (++reading.rows > MAX_ROWS) {
						reading.failure = new ImportFileException("tooManyRows", "> " + MAX_ROWS);
						throw new Stop();
					}
					reading.batch.add(checker.check(new RowReader(row, reading.positions, reading.headers)));
					if (reading.batch.size() == BATCH) {
						reading.save(jobId);
					}
				});
			}
			catch (Stop stop) {
				// the reading stopped at the first row after the failure it recorded
			}
			if (reading.failure != null) {
				throw reading.failure;
			}
			if (reading.rows == 0) {
				throw new ImportFileException("noRows");
			}
			reading.save(jobId);
			reading.awaitSaved();
			this.jobs.checked(jobId);
		}
		catch (ImportFileException ex) {
			this.jobs.failed(jobId, ex.reason(), ex.detail());
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			log.error("Import job {}: checking failed", jobId, ex);
			this.jobs.failed(jobId, "unexpected", null);
		}
	}

	void commit(CurrentUser user, Long jobId) {
		try {
			ImportJobView job = this.jobs.find(user.wardId(), jobId).orElseThrow();
			ImportPlanner planner = this.planners.get(job.kind());
			this.transaction.executeWithoutResult((status) -> {
				ImportPlanner.Committed committed = planner.commit(user, job, (consumer) -> this.jobs.forEachRow(jobId,
						List.of(RowDecision.CREATE, RowDecision.UPDATE), false, consumer));
				this.jobs.committed(jobId, committed.created() + committed.updated());
			});
		}
		catch (StalePlanException ex) {
			this.jobs.stale(jobId, "stale",
					this.messages.getMessage("import.stale.row",
							new Object[] { ex.rowNo(),
									this.messages.getMessage(ex.messageKey(), ex.arguments(), VietnameseText.LOCALE) },
							VietnameseText.LOCALE));
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			// nothing was written (the transaction rolled back): the plan may be
			// committed
			// again
			log.error("Import job {}: commit failed", jobId, ex);
			this.jobs.commitAborted(jobId);
		}
	}

	/** The header labels of the columns, as the template writes them (without "(*)"). */
	Map<ImportColumn, String> labels(List<ImportColumn> columns) {
		Map<ImportColumn, String> labels = new LinkedHashMap<>();
		for (ImportColumn column : columns) {
			labels.put(column, this.messages.getMessage(column.key(), null, VietnameseText.LOCALE));
		}
		return labels;
	}

	/** Stops reading a file at a failure already recorded. */
	private static final class Stop extends RuntimeException {

		Stop() {
			super(null, null, false, false);
		}

	}

	/** The state of reading one file: the header's columns, the batch, the count. */
	private static final class Reading {

		private final List<ImportColumn> columns;

		private final Map<ImportColumn, String> labels;

		private final Map<ImportColumn, Integer> positions = new HashMap<>();

		private final Map<ImportColumn, String> headers = new HashMap<>();

		private final ImportJobs jobs;

		private final ThreadPoolTaskExecutor saver;

		private List<PlannedRow> batch = new ArrayList<>();

		private Future<?> saving;

		private int rows;

		private ImportFileException failure;

		Reading(List<ImportColumn> columns, Map<ImportColumn, String> labels, ImportJobs jobs,
				ThreadPoolTaskExecutor saver) {
			this.columns = columns;
			this.labels = labels;
			this.jobs = jobs;
			this.saver = saver;
		}

		/**
		 * Stores the batch on the saving thread while the next one is read (one batch in
		 * flight at a time: the reading waits for the previous save first).
		 */
		void save(Long jobId) {
			awaitSaved();
			List<PlannedRow> full = this.batch;
			int done = this.rows;
			this.batch = new ArrayList<>();
			this.saving = this.saver.submit(() -> this.jobs.saveRows(jobId, full, done));
		}

		void awaitSaved() {
			if (this.saving == null) {
				return;
			}
			try {
				this.saving.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while storing the plan", ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("storing the plan failed", ex.getCause());
			}
			finally {
				this.saving = null;
			}
		}

		/**
		 * Matches the header row to the columns by name ("(*)", accents, case and spaces
		 * apart), in any order; a required column missing, or a header the template does
		 * not have, fails the file (an optional column may be left out).
		 */
		void header(SheetRow header) {
			List<String> unknown = new ArrayList<>();
			for (int i = 0; i < header.cells().size(); i++) {
				SheetCell cell = header.cell(i);
				if (cell.isEmpty()) {
					continue;
				}
				String name = headerKey(cell.text());
				ImportColumn column = this.columns.stream()
					.filter((candidate) -> headerKey(this.labels.get(candidate)).equals(name))
					.findFirst()
					.orElse(null);
				if (column == null || this.positions.containsKey(column)) {
					unknown.add(cell.text().strip());
				}
				else {
					this.positions.put(column, i);
					this.headers.put(column, cell.text().strip());
				}
			}
			List<String> missing = this.columns.stream()
				.filter((column) -> column.required() && !this.positions.containsKey(column))
				.map(this.labels::get)
				.toList();
			if (!missing.isEmpty() || !unknown.isEmpty()) {
				this.failure = new ImportFileException("wrongHeaders",
						String.join("; ", missing) + " | " + String.join("; ", unknown));
			}
		}

		static String headerKey(String text) {
			return VietnameseText.searchKey(text.replace("(*)", "").replace("*", ""))
				.replaceAll("\\s+", " ")
				.trim()
				.toLowerCase(Locale.ROOT);
		}

	}

}
