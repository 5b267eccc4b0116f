package vn.sochibo.ward;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A ward (phường / xã / đặc khu): the tenant every record belongs to, with the settings
 * its documents and pages use.
 */
@Entity
@Table(name = "wards")
class Ward {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String province;

	/** The label of the ward's residential units: "Khu vực", "Khu phố", "Tổ dân phố"… */
	private String unitLabel;

	/** The superior Party body as printed on documents: "ĐẢNG BỘ PHƯỜNG CÁI KHẾ". */
	private String superiorBody;

	/** The place name in document dates: "Cái Khế, ngày …". */
	private String placeName;

	/**
	 * Where the public pages are reached from outside ("https://sochibo.caikhe.vn"), for
	 * QR codes.
	 */
	private String publicBaseUrl;

	/**
	 * When the Party committee's term (nhiệm kỳ) began: documents are numbered from 01
	 * per type within it; null while not set.
	 */
	private java.time.LocalDate partyTermStartsOn;

	@Version
	private Integer version;

	protected Ward() {
	}

	Ward(WardSettings settings) {
		apply(settings);
	}

	void apply(WardSettings settings) {
		this.name = settings.name();
		this.province = settings.province();
		this.unitLabel = settings.unitLabel();
		this.superiorBody = settings.superiorBody();
		this.placeName = settings.placeName();
		this.publicBaseUrl = settings.publicBaseUrl();
	}

	void apply(WardIdentity identity) {
		this.name = identity.name();
		this.province = identity.province();
		this.unitLabel = identity.unitLabel();
		this.superiorBody = identity.superiorBody();
	}

	Map<String, String> auditState() {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("name", this.name);
		state.put("province", this.province);
		state.put("unitLabel", this.unitLabel);
		state.put("superiorBody", this.superiorBody);
		state.put("placeName", this.placeName);
		state.put("publicBaseUrl", this.publicBaseUrl);
		state.put("partyTermStartsOn", (this.partyTermStartsOn != null)
				? vn.sochibo.shared.VietnameseDates.format(this.partyTermStartsOn) : null);
		return state;
	}

	WardView toView() {
		return new WardView(this.id, this.name, this.province, this.unitLabel, this.superiorBody, this.placeName,
				this.publicBaseUrl, this.partyTermStartsOn, this.version);
	}

	void startPartyTerm(java.time.LocalDate startsOn) {
		this.partyTermStartsOn = startsOn;
	}

	Long getId() {
		return this.id;
	}

	String getUnitLabel() {
		return this.unitLabel;
	}

	Integer getVersion() {
		return this.version;
	}

}
