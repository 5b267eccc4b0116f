package vn.sochibo.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.project.ProjectDetail;
import vn.sochibo.project.ProjectDetails;
import vn.sochibo.project.ProjectKind;

/**
 * The project form. The area is chosen when the project is created; progress and the
 * actual dates are edited once it exists. Metres accept "120,5" as well as "120.5".
 */
public class ProjectForm {

	@NotNull
	private ProjectKind kind;

	@NotBlank
	@Size(max = 200)
	private String name;

	private Long areaId;

	@Size(max = 255)
	private String location;

	@DecimalMin(value = "0", inclusive = false)
	@DecimalMax("20000")
	private BigDecimal lengthMetres;

	@DecimalMin(value = "0", inclusive = false)
	@DecimalMax("100")
	private BigDecimal widthMetres;

	@Min(0)
	@Max(100000)
	private Integer householdsBenefiting;

	@Size(max = 4000)
	private String description;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate plannedStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate plannedEnd;

	@Min(0)
	@Max(100)
	private Integer progress;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate actualStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate actualEnd;

	private Integer version;

	static ProjectForm of(ProjectDetail project) {
		ProjectForm form = new ProjectForm();
		form.kind = project.kind();
		form.name = project.name();
		form.areaId = project.areaId();
		form.location = project.location();
		form.lengthMetres = project.lengthMetres();
		form.widthMetres = project.widthMetres();
		form.householdsBenefiting = project.householdsBenefiting();
		form.description = project.description();
		form.plannedStart = project.plannedStart();
		form.plannedEnd = project.plannedEnd();
		form.progress = project.progress();
		form.actualStart = project.actualStart();
		form.actualEnd = project.actualEnd();
		form.version = project.version();
		return form;
	}

	ProjectDetails toDetails() {
		return new ProjectDetails(this.kind, this.name, this.areaId, this.location, this.lengthMetres, this.widthMetres,
				this.householdsBenefiting, this.description, this.plannedStart, this.plannedEnd, this.progress,
				this.actualStart, this.actualEnd);
	}

	public ProjectKind getKind() {
		return this.kind;
	}

	public void setKind(ProjectKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getAreaId() {
		return this.areaId;
	}

	public void setAreaId(Long areaId) {
		this.areaId = areaId;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public BigDecimal getLengthMetres() {
		return this.lengthMetres;
	}

	public void setLengthMetres(BigDecimal lengthMetres) {
		this.lengthMetres = lengthMetres;
	}

	public BigDecimal getWidthMetres() {
		return this.widthMetres;
	}

	public void setWidthMetres(BigDecimal widthMetres) {
		this.widthMetres = widthMetres;
	}

	public Integer getHouseholdsBenefiting() {
		return this.householdsBenefiting;
	}

	public void setHouseholdsBenefiting(Integer householdsBenefiting) {
		this.householdsBenefiting = householdsBenefiting;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDate getPlannedStart() {
		return this.plannedStart;
	}

	public void setPlannedStart(LocalDate plannedStart) {
		this.plannedStart = plannedStart;
	}

	public LocalDate getPlannedEnd() {
		return this.plannedEnd;
	}

	public void setPlannedEnd(LocalDate plannedEnd) {
		this.plannedEnd = plannedEnd;
	}

	public Integer getProgress() {
		return this.progress;
	}

	public void setProgress(Integer progress) {
		this.progress = progress;
	}

	public LocalDate getActualStart() {
		return this.actualStart;
	}

	public void setActualStart(LocalDate actualStart) {
		this.actualStart = actualStart;
	}

	public LocalDate getActualEnd() {
		return this.actualEnd;
	}

	public void setActualEnd(LocalDate actualEnd) {
		this.actualEnd = actualEnd;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
