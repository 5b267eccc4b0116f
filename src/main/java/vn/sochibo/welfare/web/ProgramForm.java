package vn.sochibo.welfare.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.Money;
import vn.sochibo.welfare.MemberGroup;
import vn.sochibo.welfare.Occasion;
import vn.sochibo.welfare.ProgramDetails;
import vn.sochibo.welfare.ProgramSource;
import vn.sochibo.welfare.ProgramView;

/**
 * A welfare program's form: occasion, year and date, target groups, budget, source of
 * money and areas.
 */
public class ProgramForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private Occasion occasion;

	@NotNull
	private Integer year;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	private Set<StatusKind> targets = new LinkedHashSet<>();

	private Money budget;

	@NotNull
	private ProgramSource source;

	private Long fundId;

	private Long cellId;

	private MemberGroup memberGroup;

	@Size(max = 200)
	private String sponsorName;

	@Size(max = 120)
	private String approver;

	@Size(max = 2000)
	private String description;

	private Set<Long> areaIds = new LinkedHashSet<>();

	private Integer version;

	static ProgramForm of(ProgramView program) {
		ProgramForm form = new ProgramForm();
		form.name = program.name();
		form.occasion = program.occasion();
		form.year = program.year();
		form.date = program.date();
		form.targets = new LinkedHashSet<>(program.targets());
		form.budget = program.budget();
		form.source = program.source();
		form.fundId = program.fundId();
		form.cellId = program.cellId();
		form.memberGroup = program.memberGroup();
		form.sponsorName = program.sponsorName();
		form.approver = program.approver();
		form.description = program.description();
		form.areaIds = new LinkedHashSet<>(program.areaIds());
		form.version = program.version();
		return form;
	}

	ProgramDetails toDetails() {
		return new ProgramDetails(this.name, this.occasion, this.year, this.date, this.targets, this.budget,
				this.source, this.fundId, this.cellId, this.sponsorName, this.description, this.areaIds, this.approver,
				this.memberGroup);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Occasion getOccasion() {
		return this.occasion;
	}

	public void setOccasion(Occasion occasion) {
		this.occasion = occasion;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public Set<StatusKind> getTargets() {
		return this.targets;
	}

	public void setTargets(Set<StatusKind> targets) {
		this.targets = (targets != null) ? targets : new LinkedHashSet<>();
	}

	public Money getBudget() {
		return this.budget;
	}

	public void setBudget(Money budget) {
		this.budget = budget;
	}

	public ProgramSource getSource() {
		return this.source;
	}

	public void setSource(ProgramSource source) {
		this.source = source;
	}

	public Long getFundId() {
		return this.fundId;
	}

	public void setFundId(Long fundId) {
		this.fundId = fundId;
	}

	public Long getCellId() {
		return this.cellId;
	}

	public void setCellId(Long cellId) {
		this.cellId = cellId;
	}

	public MemberGroup getMemberGroup() {
		return this.memberGroup;
	}

	public void setMemberGroup(MemberGroup memberGroup) {
		this.memberGroup = memberGroup;
	}

	public String getSponsorName() {
		return this.sponsorName;
	}

	public void setSponsorName(String sponsorName) {
		this.sponsorName = sponsorName;
	}

	public String getApprover() {
		return this.approver;
	}

	public void setApprover(String approver) {
		this.approver = approver;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
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
