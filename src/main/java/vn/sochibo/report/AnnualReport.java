package vn.sochibo.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A cell's annual report for a year (or the ward's summary, without a cell): the
 * secretary's narrative by section, the recipients and the signer — a draft edited with
 * optimistic locking — and, once marked final, its number (kept by later editions), the
 * day it was issued and how many final editions it has had. The editions themselves are
 * frozen apart ({@code annual_report_editions}).
 */
@Entity
@Table(name = "annual_reports")
class AnnualReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	private Long cellId;

	private int year;

	@Enumerated(EnumType.STRING)
	private ReportStatus status;

	private int editions;

	@Column(name = "doc_number")
	private Integer number;

	private LocalDate issuedOn;

	private String recipients;

	private String signerName;

	private String updatedBy;

	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "annual_report_texts", joinColumns = @JoinColumn(name = "report_id"))
	@MapKeyColumn(name = "section")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "body")
	private Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);

	@Version
	private Integer version;

	protected AnnualReport() {
	}

	AnnualReport(Long wardId, Long cellId, int year) {
		this.wardId = wardId;
		this.cellId = cellId;
		this.year = year;
		this.status = ReportStatus.DRAFT;
	}

	/** Writes the draft: blank sections are removed. */
	void write(ReportText text, String by, Instant at) {
		this.texts.clear();
		text.sections().forEach((section, body) -> {
			if (body != null && !body.isBlank()) {
				this.texts.put(section, body);
			}
		});
		this.recipients = text.recipients();
		this.signerName = text.signerName();
		if (this.status == ReportStatus.FINAL) {
			this.status = ReportStatus.DRAFT;
		}
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/**
	 * Marks the report final: a first edition takes {@code nextNumber} and the day; a
	 * later edition keeps them.
	 * @return the new edition's number
	 */
	int markFinal(int nextNumber, LocalDate today, String by, Instant at) {
		if (this.editions == 0) {
			this.number = nextNumber;
			this.issuedOn = today;
		}
		this.editions++;
		this.status = ReportStatus.FINAL;
		this.updatedBy = by;
		this.updatedAt = at;
		return this.editions;
	}

	Map<String, String> auditState() {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("report.status", this.status.name());
		state.put("report.number", (this.number != null) ? this.number.toString() : null);
		state.put("report.edition", Integer.toString(this.editions));
		state.put("report.recipients", this.recipients);
		state.put("report.signer", this.signerName);
		for (ReportSection section : ReportSection.values()) {
			state.put("report.section." + section.name(), this.texts.get(section));
		}
		return state;
	}

	Long getId() {
		return this.id;
	}

	Long getCellId() {
		return this.cellId;
	}

	int getYear() {
		return this.year;
	}

	ReportStatus getStatus() {
		return this.status;
	}

	int getEditions() {
		return this.editions;
	}

	Integer getNumber() {
		return this.number;
	}

	LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	String getRecipients() {
		return this.recipients;
	}

	String getSignerName() {
		return this.signerName;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	Map<ReportSection, String> getTexts() {
		return this.texts;
	}

	Integer getVersion() {
		return this.version;
	}

}
