package vn.sochibo.report;

import java.time.Instant;
import java.util.List;

import vn.sochibo.ward.CellView;

/**
 * What the report page of a cell's year shows: the document as it stands (a draft with
 * today's figures), whether it was ever stored, its status and final editions, the
 * secretary's text and its version for the edit form.
 */
public record CellReport(CellView cell, int year, ReportStatus status, boolean stored, List<EditionSummary> editions,
		PartyDocument document, ReportText text, Integer version, String updatedBy, Instant updatedAt) {

	public CellReport {
		editions = List.copyOf(editions);
	}

	public boolean hasEditions() {
		return !this.editions.isEmpty();
	}

}
