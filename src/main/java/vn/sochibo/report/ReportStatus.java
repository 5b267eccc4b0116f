package vn.sochibo.report;

/**
 * A report is a draft while the secretary writes it and final once marked so (a final
 * report edited again is a draft of its next edition).
 */
public enum ReportStatus {

	DRAFT, FINAL

}
