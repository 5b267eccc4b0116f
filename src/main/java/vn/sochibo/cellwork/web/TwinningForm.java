package vn.sochibo.cellwork.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.cellwork.TwinningDetails;
import vn.sochibo.cellwork.TwinningStatus;
import vn.sochibo.cellwork.TwinningView;

/**
 * A twinning as typed: the other cells of the ward ticked, the outside cells and the
 * coordination contents one a line.
 */
public class TwinningForm {

	@NotBlank
	@Size(max = 300)
	private String title;

	@NotNull
	private TwinningStatus status = TwinningStatus.PLANNED;

	@NotNull
	private Integer fromYear;

	@NotNull
	private Integer toYear;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate signedOn;

	private List<Long> cellIds = new ArrayList<>();

	@Size(max = 4000)
	private String outsideParties;

	@Size(max = 16000)
	private String contents;

	@Size(max = 2000)
	private String note;

	private Integer version;

	static TwinningForm of(TwinningView twinning) {
		TwinningForm form = new TwinningForm();
		form.title = twinning.title();
		form.status = twinning.status();
		form.fromYear = twinning.fromYear();
		form.toYear = twinning.toYear();
		form.signedOn = twinning.signedOn();
		twinning.parties().forEach((party) -> {
			if (party.cellId() != null && !party.cellId().equals(twinning.ownerCellId())) {
				form.cellIds.add(party.cellId());
			}
		});
		form.outsideParties = String.join("\n",
				twinning.parties()
					.stream()
					.filter((party) -> party.cellId() == null)
					.map(TwinningView.Party::name)
					.toList());
		form.contents = String.join("\n", twinning.contents());
		form.note = twinning.note();
		form.version = twinning.version();
		return form;
	}

	TwinningDetails toDetails() {
		return new TwinningDetails(this.title, this.status, this.fromYear, this.toYear, this.signedOn, this.cellIds,
				lines(this.outsideParties), lines(this.contents), this.note);
	}

	private static List<String> lines(String text) {
		return (text == null) ? List.of() : Arrays.asList(text.split("\\R"));
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public TwinningStatus getStatus() {
		return this.status;
	}

	public void setStatus(TwinningStatus status) {
		this.status = status;
	}

	public Integer getFromYear() {
		return this.fromYear;
	}

	public void setFromYear(Integer fromYear) {
		this.fromYear = fromYear;
	}

	public Integer getToYear() {
		return this.toYear;
	}

	public void setToYear(Integer toYear) {
		this.toYear = toYear;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public void setSignedOn(LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public List<Long> getCellIds() {
		return this.cellIds;
	}

	public void setCellIds(List<Long> cellIds) {
		this.cellIds = cellIds;
	}

	public String getOutsideParties() {
		return this.outsideParties;
	}

	public void setOutsideParties(String outsideParties) {
		this.outsideParties = outsideParties;
	}

	public String getContents() {
		return this.contents;
	}

	public void setContents(String contents) {
		this.contents = contents;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
