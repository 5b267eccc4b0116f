package vn.sochibo.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.sochibo.cellwork.CellAccess;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.ward.CellView;

/**
 * Excel imports in two phases, for the staff: upload a file (phase 1, checking every row
 * into a stored plan, runs on the import threads), decide the rows that match existing
 * records, then commit the plan (phase 2, all or nothing, refused when stale). A job is
 * seen by whoever uploaded it and by the ward admin; everyone else gets a 404.
 */
@Service
public class Imports {

	/** How many of the plan's rows a page lists. */
	public static final int PAGE_SIZE = 100;

	private final ImportJobs jobs;

	private final ImportRunner runner;

	private final ImportSheets sheets;

	private final CellAccess cellAccess;

	private final Clock clock;

	Imports(ImportJobs jobs, ImportRunner runner, ImportSheets sheets, CellAccess cellAccess, Clock clock) {
		this.jobs = jobs;
		this.runner = runner;
		this.sheets = sheets;
		this.cellAccess = cellAccess;
		this.clock = clock;
	}

	/** The cells whose members the user may import. */
	public List<CellView> memberCells(CurrentUser user) {
		if (!user.may(Action.WRITE_CELL_WORK)) {
			return List.of();
		}
		return this.cellAccess.readable(user, Action.WRITE_CELL_WORK);
	}

	/** Refuses (403) a user who may not import that kind. */
	public void requireAllowed(CurrentUser user, ImportKind kind) {
		user.requireWard();
		user.require(this.runner.planner(kind).action());
	}

	/**
	 * Takes an uploaded file and starts checking it; returns the job at once.
	 * @throws RuleViolationException for a year out of range, an empty, oversized or
	 * plainly-not-xlsx file (nothing is stored)
	 * @throws DuplicateFileException for a file the ward imported before, unless
	 * {@code confirmDuplicate}
	 */
	public Long upload(CurrentUser user, ImportKind kind, Integer statusYear, Long cellId, String fileName,
			byte[] bytes, boolean confirmDuplicate) {
		requireAllowed(user, kind);
		if (kind == ImportKind.MEMBERS) {
			if (cellId == null) {
				throw new RuleViolationException("cell", "import.cell.choose");
			}
			this.cellAccess.require(user, Action.WRITE_CELL_WORK, cellId);
		}
		int lastYear = Year.now(this.clock).getValue() + 1;
		if (kind == ImportKind.HOUSEHOLDS
				&& (statusYear == null || statusYear < RecordDates.FIRST_YEAR || statusYear > lastYear)) {
			throw new RuleViolationException("year", "import.year.range", String.valueOf(RecordDates.FIRST_YEAR),
					String.valueOf(lastYear));
		}
		try {
			XlsxGuard.precheck(bytes);
		}
		catch (ImportFileException ex) {
			throw new RuleViolationException("file", "import.file." + ex.reason(), ex.detail());
		}
		String sha256 = sha256(bytes);
		if (!confirmDuplicate) {
			this.jobs.committedWithHash(user.wardId(), kind, sha256).ifPresent((earlier) -> {
				throw new DuplicateFileException(earlier);
			});
		}
		String name = (fileName == null || fileName.isBlank()) ? "tep.xlsx" : fileName.strip();
		if (name.length() > 255) {
			name = name.substring(name.length() - 255);
		}
		Long id = this.jobs.create(user, kind, (kind == ImportKind.HOUSEHOLDS) ? statusYear : null,
				(kind == ImportKind.MEMBERS) ? cellId : null, name, sha256, bytes);
		this.runner.startCheck(user, id);
		return id;
	}

	public ImportJobView job(CurrentUser user, Long id) {
		user.require(Action.READ);
		ImportJobView job = this.jobs.find(user.requireWard(), id)
			.orElseThrow(() -> new ImportJobNotFoundException(id));
		if (!job.actorId().equals(user.id()) && !user.may(Action.MANAGE_WARD)) {
			throw new ImportJobNotFoundException(id);
		}
		return job;
	}

	/** The user's jobs (the ward admin: the ward's), newest first. */
	public List<ImportJobView> list(CurrentUser user) {
		user.require(Action.READ);
		return this.jobs.list(user.requireWard(), user.may(Action.MANAGE_WARD) ? null : user.id(), 50);
	}

	/** A page of the plan's rows with an error. */
	public List<PlannedRow> errors(CurrentUser user, Long id, int page) {
		job(user, id);
		return this.jobs.rows(id, List.of(RowDecision.ERROR), Math.max(page, 0) * PAGE_SIZE, PAGE_SIZE);
	}

	/** A page of the plan's rows that match existing records (decided or not). */
	public List<PlannedRow> matches(CurrentUser user, Long id, int page) {
		job(user, id);
		return this.jobs.rows(id, List.of(RowDecision.UNDECIDED, RowDecision.UPDATE, RowDecision.SKIP),
				Math.max(page, 0) * PAGE_SIZE, PAGE_SIZE);
	}

	/** Why a cell is wrong, in Vietnamese. */
	public String reason(RowError error) {
		return this.sheets.reason(error);
	}

	/**
	 * Decides rows that match existing records: update them or skip them (the rows given,
	 * or every undecided one when none are).
	 */
	public int decide(CurrentUser user, Long id, List<Integer> rowNos, RowDecision decision) {
		ImportJobView job = writable(user, id);
		if (decision != RowDecision.UPDATE && decision != RowDecision.SKIP) {
			throw new RuleViolationException("decision", "import.decision.invalid");
		}
		if (job.phase() != ImportPhase.CHECKED) {
			throw new RuleViolationException("decision", "import.commit.notChecked");
		}
		return this.jobs.decide(id, rowNos, decision);
	}

	/**
	 * Starts phase 2: only a checked plan without errors or undecided rows; a commit
	 * interrupted (its instance stopped; nothing was written) may start again.
	 */
	public void commit(CurrentUser user, Long id) {
		ImportJobView job = writable(user, id);
		boolean interrupted = job.phase() == ImportPhase.COMMITTING && job.interruptedAt(this.clock.instant());
		if (!job.committable() && !interrupted) {
			throw new RuleViolationException("commit", "import.commit.notReady");
		}
		if (!this.jobs.startCommit(id, interrupted)) {
			throw new RuleViolationException("commit", "import.commit.notReady");
		}
		this.runner.startCommit(user, id);
	}

	/**
	 * Checks the stored file again: after the plan went stale or the check was
	 * interrupted.
	 */
	public void recheck(CurrentUser user, Long id) {
		ImportJobView job = writable(user, id);
		boolean interrupted = job.phase() == ImportPhase.CHECKING && job.interruptedAt(this.clock.instant());
		if (!(job.phase() == ImportPhase.STALE || job.phase() == ImportPhase.CHECKED || interrupted)
				|| !this.jobs.restartCheck(id, List.of(ImportPhase.STALE, ImportPhase.CHECKED, ImportPhase.CHECKING))) {
			throw new RuleViolationException("commit", "import.recheck.notPossible");
		}
		this.runner.startCheck(user, id);
	}

	/** Sets a job aside: its plan goes, the job stays in the list. */
	public void discard(CurrentUser user, Long id) {
		writable(user, id);
		if (!this.jobs.discard(id)) {
			throw new RuleViolationException("commit", "import.discard.notPossible");
		}
	}

	/** The annotated copy of a checked file. */
	public void annotated(CurrentUser user, Long id, OutputStream out) throws IOException {
		ImportJobView job = job(user, id);
		if (job.phase() != ImportPhase.CHECKED && job.phase() != ImportPhase.STALE) {
			throw new ImportJobNotFoundException(id);
		}
		Map<Integer, List<RowError>> errors = new HashMap<>();
		this.jobs.forEachRow(id, List.of(RowDecision.ERROR), true, (row) -> errors.put(row.rowNo(), row.errors()));
		this.sheets.annotated(this.jobs.content(id), errors, out);
	}

	/**
	 * The template to fill, for the user's areas (household statuses of {@code year}).
	 */
	public void template(CurrentUser user, ImportKind kind, int year, OutputStream out) throws IOException {
		requireAllowed(user, kind);
		switch (kind) {
			case HOUSEHOLDS -> this.sheets.householdTemplate(user, year, out);
			case AREAS -> this.sheets.areaTemplate(out);
			case MEMBERS -> this.sheets.memberTemplate(out);
		}
	}

	/** The kinds the user may import, in menu order. */
	public List<ImportKind> kinds(CurrentUser user) {
		return java.util.Arrays.stream(ImportKind.values())
			.filter((kind) -> user.wardId() != null && user.may(this.runner.planner(kind).action()))
			.toList();
	}

	/** The kind whose template file stem this is, if any. */
	public static java.util.Optional<ImportKind> kindOf(String stem) {
		return java.util.Arrays.stream(ImportKind.values()).filter((kind) -> kind.fileStem().equals(stem)).findFirst();
	}

	/** Why phase 1 refused the file, in Vietnamese (null when it did not). */
	public String failure(ImportJobView job) {
		if (job.phase() != ImportPhase.FAILED || job.failure() == null) {
			return null;
		}
		return this.sheets.fileFailure(job.failure(), job.failureDetail());
	}

	/** Running, but its instance stopped reporting: it may be started again. */
	public boolean interrupted(ImportJobView job) {
		return job.interruptedAt(this.clock.instant());
	}

	public int thisYear() {
		return Year.now(this.clock).getValue();
	}

	private ImportJobView writable(CurrentUser user, Long id) {
		ImportJobView job = job(user, id);
		requireAllowed(user, job.kind());
		if (!job.actorId().equals(user.id()) && !user.may(Action.MANAGE_WARD)) {
			throw new ImportJobNotFoundException(id);
		}
		return job;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
