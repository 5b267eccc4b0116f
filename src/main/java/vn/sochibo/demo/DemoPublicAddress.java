package vn.sochibo.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.ward.WardSettings;
import vn.sochibo.ward.Wards;

/**
 * The public address of the demonstration wards ({@code SOCHIBO_PUBLIC_URL}, by default
 * {@code http://localhost:8080}): what their receipts' and posters' QR codes lead to.
 */
@Component
@Profile("demo")
class DemoPublicAddress {

	private final Wards wards;

	private final String url;

	DemoPublicAddress(Wards wards, @Value("${sochibo.demo.public-url}") String url) {
		this.wards = wards;
		this.url = url.strip().replaceAll("/+$", "");
	}

	/**
	 * A demonstration ward's settings, with the public address.
	 */
	WardSettings settings(String name, String province, String unitLabel, String superiorBody, String placeName) {
		return new WardSettings(name, province, unitLabel, superiorBody, placeName, this.url);
	}

	/**
	 * Gives a demonstration ward made before demo wards had a public address the address.
	 */
	void giveToOlderWard(String wardName) {
		this.wards.publicList()
			.stream()
			.filter((ward) -> ward.name().equals(wardName) && ward.publicBaseUrl() == null)
			.findFirst()
			.ifPresent((ward) -> this.wards.updateSettings(
					new CurrentUser(null, ward.id(), "demo", Role.WARD_ADMIN), new WardSettings(ward.name(),
							ward.province(), ward.unitLabel(), ward.superiorBody(), ward.placeName(), this.url),
					ward.version()));
	}

}
