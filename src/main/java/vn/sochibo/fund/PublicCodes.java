package vn.sochibo.fund;

import java.security.SecureRandom;

/**
 * Unguessable codes for the public page of an entry (printed as a QR code on the
 * receipt): 20 characters of Crockford's base 32, 100 random bits.
 */
final class PublicCodes {

	private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private PublicCodes() {
	}

	static String next() {
		char[] code = new char[20];
		for (int i = 0; i < code.length; i++) {
			code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(code);
	}

}
