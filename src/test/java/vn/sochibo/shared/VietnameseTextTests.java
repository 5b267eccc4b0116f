package vn.sochibo.shared;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Nguyễn Trường Đồ | nguyen truong do
			Đường            | duong
			đường            | duong
			hẻm 49-57        | hem 49-57
			Kiệt 239 Dũng Sĩ Thanh Khê | kiet 239 dung si thanh khe
			KV11-0042        | kv11-0042
			""")
	void searchKeyDropsAccentsAndCase(String text, String key) {
		assertThat(VietnameseText.searchKey(text)).isEqualTo(key);
	}

	/**
	 * Every vowel of the alphabet (a ă â e ê i o ô ơ u ư y) bare and with the five tones
	 * (huyền, sắc, hỏi, ngã, nặng), written precomposed as keyboards type them.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			aàáảãạ ăằắẳẵặ âầấẩẫậ | aaaaaa aaaaaa aaaaaa
			AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ | aaaaaa aaaaaa aaaaaa
			eèéẻẽẹ êềếểễệ        | eeeeee eeeeee
			EÈÉẺẼẸ ÊỀẾỂỄỆ        | eeeeee eeeeee
			iìíỉĩị               | iiiiii
			IÌÍỈĨỊ               | iiiiii
			oòóỏõọ ôồốổỗộ ơờớởỡợ | oooooo oooooo oooooo
			OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ | oooooo oooooo oooooo
			uùúủũụ ưừứửữự        | uuuuuu uuuuuu
			UÙÚỦŨỤ ƯỪỨỬỮỰ        | uuuuuu uuuuuu
			yỳýỷỹỵ               | yyyyyy
			YỲÝỶỸỴ               | yyyyyy
			đĐ                   | dd
			""")
	void searchKeyMapsEveryVietnameseVowelWithEveryTone(String vowels, String key) {
		assertThat(Normalizer.isNormalized(vowels, Normalizer.Form.NFC)).isTrue();
		assertThat(VietnameseText.searchKey(vowels)).isEqualTo(key);
	}

	@Test
	void searchKeyOfDecomposedTextIsTheSameAsOfPrecomposedText() {
		String decomposed = Normalizer.normalize("Nguyễn Trường Đồ", Normalizer.Form.NFD);
		assertThat(decomposed).hasSizeGreaterThan("Nguyễn Trường Đồ".length());

		assertThat(VietnameseText.searchKey(decomposed)).isEqualTo("nguyen truong do");
	}

	@Test
	void searchKeyCollapsesAndTrimsWhitespace() {
		assertThat(VietnameseText.searchKey("  Nguyễn \t Trường\n\nĐồ  ")).isEqualTo("nguyen truong do");
		assertThat(VietnameseText.searchKey(" \t\n ")).isEmpty();
	}

	@Test
	void searchKeyOfNullIsEmpty() {
		assertThat(VietnameseText.searchKey(null)).isEmpty();
	}

	@Test
	void searchWordsSplitsTheKeyIntoDistinctWords() {
		assertThat(VietnameseText.searchWords("  Hẻm  49-57 hem  NGUYỄN ")).containsExactly("hem", "49-57", "nguyen");
	}

	@Test
	void searchWordsOfBlankOrNullQueryIsEmpty() {
		assertThat(VietnameseText.searchWords(null)).isEmpty();
		assertThat(VietnameseText.searchWords("")).isEmpty();
		assertThat(VietnameseText.searchWords(" \t ")).isEmpty();
	}

	@Test
	void likeContainsWrapsTheWordInWildcards() {
		assertThat(VietnameseText.likeContains("nguyen")).isEqualTo("%nguyen%");
	}

	@Test
	void likeContainsEscapesPercent() {
		assertThat(VietnameseText.likeContains("50%")).isEqualTo("%50\\%%");
	}

	@Test
	void likeContainsEscapesUnderscore() {
		assertThat(VietnameseText.likeContains("a_b")).isEqualTo("%a\\_b%");
	}

	@Test
	void likeContainsEscapesBackslashBeforeTheOtherWildcards() {
		assertThat(VietnameseText.likeContains("a\\b")).isEqualTo("%a\\\\b%");
		assertThat(VietnameseText.likeContains("\\%")).isEqualTo("%\\\\\\%%");
	}

}
