package vn.sochibo.imports;

/**
 * Where an import job is: phase 1 reading and checking the file ({@code CHECKING}), its
 * plan stored ({@code CHECKED}) or the file refused ({@code FAILED}); phase 2 writing the
 * plan ({@code COMMITTING}), done ({@code COMMITTED}) or refused because the records
 * changed since the check ({@code STALE}); or set aside by the user ({@code DISCARDED}).
 */
public enum ImportPhase {

	CHECKING, CHECKED, FAILED, COMMITTING, COMMITTED, STALE, DISCARDED;

	/** Whether an instance is working on it (the page polls its progress). */
	public boolean isRunning() {
		return this == CHECKING || this == COMMITTING;
	}

}
