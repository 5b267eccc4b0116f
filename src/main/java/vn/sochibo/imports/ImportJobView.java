package vn.sochibo.imports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import vn.sochibo.shared.VietnamTime;

/**
 * An import job as its page shows it: the file, who uploaded it, the phase and its
 * progress, and the plan's counts.
 *
 * @param statusYear the year of the household statuses a household file names
 * @param cellId the cell whose members a members' file lists
 * @param rowsTotal the data rows the file holds (known once the file is inspected)
 * @param updatedAt when the instance working on it last reported (a heartbeat)
 */
public record ImportJobView(Long id, Long wardId, ImportKind kind, Integer statusYear, Long cellId, Long actorId,
		String actor, String fileName, String fileSha256, int fileSize, ImportPhase phase, Integer rowsTotal,
		int rowsDone, int createRows, int updateRows, int skipRows, int undecidedRows, int errorRows, String failure,
		String failureDetail, Instant createdAt, Instant checkedAt, Instant commitStartedAt, Instant finishedAt,
		Instant updatedAt) {

	/** How long a running job may go without a report before it counts as interrupted. */
	public static final Duration HEARTBEAT = Duration.ofMinutes(2);

	/** A moment of the job in Vietnam's time, for the pages ({@code null} stays null). */
	public LocalDateTime local(Instant moment) {
		return (moment != null) ? LocalDateTime.ofInstant(moment, VietnamTime.ZONE) : null;
	}

	/** The rows without an error. */
	public int validRows() {
		return this.createRows + this.updateRows + this.skipRows + this.undecidedRows;
	}

	/**
	 * Rows done of the total, 0–100; the commit, one transaction, shows a full striped
	 * bar while it runs.
	 */
	public int percent() {
		if (this.phase == ImportPhase.CHECKED || this.phase == ImportPhase.COMMITTED
				|| this.phase == ImportPhase.COMMITTING) {
			return 100;
		}
		if (this.rowsTotal == null || this.rowsTotal == 0) {
			return 0;
		}
		return (int) Math.min(100, (100L * this.rowsDone) / this.rowsTotal);
	}

	/** Running, but the instance doing it stopped reporting (it was stopped or died). */
	public boolean interruptedAt(Instant now) {
		return this.phase.isRunning() && this.updatedAt.plus(HEARTBEAT).isBefore(now);
	}

	/** The plan may be committed: checked, no errors, every match decided. */
	public boolean committable() {
		return this.phase == ImportPhase.CHECKED && this.errorRows == 0 && this.undecidedRows == 0
				&& this.createRows + this.updateRows > 0;
	}

}
