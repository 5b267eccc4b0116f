package vn.sochibo.ward;

import vn.sochibo.shared.WardWords;

/**
 * A ward and its settings as pages show them.
 */
public record WardView(Long id, String name, String province, String unitLabel, String superiorBody, String placeName,
		String publicBaseUrl, java.time.LocalDate partyTermStartsOn, Integer version) implements WardWords.Source {

	@Override
	public WardWords words() {
		return new WardWords(this.unitLabel, this.placeName);
	}

}
