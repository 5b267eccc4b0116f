package vn.sochibo.ward.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.ward.AreaDetails;
import vn.sochibo.ward.AreaKind;
import vn.sochibo.ward.AreaView;

public class AreaForm {

	@NotBlank
	@Size(max = 20)
	@Pattern(regexp = "[\\p{L}\\p{N}._-]*", message = "{area.code.pattern}")
	private String code;

	@NotBlank
	@Size(max = 120)
	private String name;

	/** Null: the kind the ward's unit label names. */
	private AreaKind kind;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validTo;

	private Integer version;

	static AreaForm of(AreaView area) {
		AreaForm form = new AreaForm();
		form.code = area.code();
		form.name = area.name();
		form.kind = area.kind();
		form.validFrom = area.validFrom();
		form.validTo = area.validTo();
		form.version = area.version();
		return form;
	}

	AreaDetails toDetails() {
		return new AreaDetails(this.code, this.name, this.kind, this.validFrom, this.validTo);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public AreaKind getKind() {
		return this.kind;
	}

	public void setKind(AreaKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
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

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
