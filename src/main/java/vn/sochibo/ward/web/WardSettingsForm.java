package vn.sochibo.ward.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

import vn.sochibo.shared.PublicUrls;
import vn.sochibo.ward.WardSettings;
import vn.sochibo.ward.WardView;

/**
 * The settings of a ward; used by the ward admin and, for a new ward, the system admin. A
 * new ward must have its public address (the ward admin may later clear it: the QR codes
 * then use the address the page was opened at).
 */
public class WardSettingsForm {

	/**
	 * The rules of a new ward's settings: every rule of the settings form, and a public
	 * address (its message: {@code NotBlank.ward.publicBaseUrl}).
	 */
	public interface NewWard extends Default {

	}

	@NotBlank
	@Size(max = 120)
	private String name;

	@NotBlank
	@Size(max = 120)
	private String province;

	@NotBlank
	@Size(max = 40)
	private String unitLabel;

	@NotBlank
	@Size(max = 160)
	private String superiorBody;

	@NotBlank
	@Size(max = 80)
	private String placeName;

	@NotBlank(groups = NewWard.class)
	@Size(max = 200)
	@Pattern(regexp = PublicUrls.BASE_URL, message = "{ward.publicBaseUrl.pattern}")
	private String publicBaseUrl;

	private Integer version;

	public static WardSettingsForm of(WardView ward) {
		WardSettingsForm form = new WardSettingsForm();
		form.name = ward.name();
		form.province = ward.province();
		form.unitLabel = ward.unitLabel();
		form.superiorBody = ward.superiorBody();
		form.placeName = ward.placeName();
		form.publicBaseUrl = ward.publicBaseUrl();
		form.version = ward.version();
		return form;
	}

	public WardSettings toSettings() {
		String baseUrl = (this.publicBaseUrl != null && this.publicBaseUrl.endsWith("/"))
				? this.publicBaseUrl.substring(0, this.publicBaseUrl.length() - 1) : this.publicBaseUrl;
		return new WardSettings(this.name, this.province, this.unitLabel, this.superiorBody, this.placeName, baseUrl);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getProvince() {
		return this.province;
	}

	public void setProvince(String province) {
		this.province = province;
	}

	public String getUnitLabel() {
		return this.unitLabel;
	}

	public void setUnitLabel(String unitLabel) {
		this.unitLabel = unitLabel;
	}

	public String getSuperiorBody() {
		return this.superiorBody;
	}

	public void setSuperiorBody(String superiorBody) {
		this.superiorBody = superiorBody;
	}

	public String getPlaceName() {
		return this.placeName;
	}

	public void setPlaceName(String placeName) {
		this.placeName = placeName;
	}

	public String getPublicBaseUrl() {
		return this.publicBaseUrl;
	}

	public void setPublicBaseUrl(String publicBaseUrl) {
		this.publicBaseUrl = publicBaseUrl;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
