package vn.sochibo.fund;

import vn.sochibo.shared.WardWords;

/**
 * A ward as its public pages show it.
 *
 * @param publicBaseUrl the address its printed QR codes and links start with
 * ("https://sochibo.caikhe.vn"), or null to use the address the page was asked for
 * @param words what its units are called and its place name, for its pages' words
 */
public record PublicWard(Long id, String name, String province, String publicBaseUrl,
		WardWords words) implements WardWords.Source {
}
