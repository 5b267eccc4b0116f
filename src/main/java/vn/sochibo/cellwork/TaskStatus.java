package vn.sochibo.cellwork;

/**
 * A task's status. {@link #OVERDUE} is never stored: it is an open task past its due
 * date, by the injected clock.
 */
public enum TaskStatus {

	OPEN, DONE, OVERDUE, DROPPED;

	static TaskStatus of(TaskStatus stored, java.time.LocalDate dueOn, java.time.LocalDate today) {
		return (stored == OPEN && dueOn.isBefore(today)) ? OVERDUE : stored;
	}

}
