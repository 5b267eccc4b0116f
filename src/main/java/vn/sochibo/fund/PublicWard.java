package vn.sochibo.fund;

/**
 * A ward as its public pages show it.
 *
 * @param publicBaseUrl the address its printed QR codes and links start with
 * ("https://sochibo.caikhe.vn"), or null to use the address the page was asked for
 */
public record PublicWard(Long id, String name, String province, String publicBaseUrl) {
}
