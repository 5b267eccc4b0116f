package vn.sochibo.ward.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.ward.CellDetails;
import vn.sochibo.ward.CellView;

public class CellForm {

	@NotBlank
	@Size(max = 160)
	private String name;

	@Size(max = 120)
	private String secretaryName;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validTo;

	private Set<Long> areaIds = new LinkedHashSet<>();

	private Integer version;

	static CellForm of(CellView cell) {
		CellForm form = new CellForm();
		form.name = cell.name();
		form.secretaryName = cell.secretaryName();
		form.validFrom = cell.validFrom();
		form.validTo = cell.validTo();
		cell.currentAreas().forEach((area) -> form.areaIds.add(area.areaId()));
		form.version = cell.version();
		return form;
	}

	CellDetails toDetails() {
		return new CellDetails(this.name, this.secretaryName, this.validFrom, this.validTo, this.areaIds);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSecretaryName() {
		return this.secretaryName;
	}

	public void setSecretaryName(String secretaryName) {
		this.secretaryName = secretaryName;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

	public Set<Long> getAreaIds() {
		return this.areaIds;
	}

	public void setAreaIds(Set<Long> areaIds) {
		this.areaIds = (areaIds != null) ? areaIds : new LinkedHashSet<>();
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
