package vn.sochibo.fund.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.shared.Money;

/**
 * A campaign fund: name, purpose, optional target, period and the areas it collects in.
 */
public class FundForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 2000)
	private String purpose;

	private Money target;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	private Set<Long> areaIds = new LinkedHashSet<>();

	private Integer version;

	static FundForm of(FundSummary fund, Set<Long> areaIds, Integer version) {
		FundForm form = new FundForm();
		form.name = fund.name();
		form.purpose = fund.purpose();
		form.target = fund.target();
		form.startsOn = fund.startsOn();
		form.endsOn = fund.endsOn();
		form.areaIds = new LinkedHashSet<>(areaIds);
		form.version = version;
		return form;
	}

	FundDetails toDetails() {
		return new FundDetails(this.name, this.purpose, this.target, this.startsOn, this.endsOn, this.areaIds);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public Money getTarget() {
		return this.target;
	}

	public void setTarget(Money target) {
		this.target = target;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
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
