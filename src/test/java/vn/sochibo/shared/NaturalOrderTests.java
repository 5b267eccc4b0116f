package vn.sochibo.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NaturalOrderTests {

	@Test
	void readsNumbersByValue() {
		assertThat(NaturalOrder.sorted(List.of("Khu vực 10", "Khu vực 2", "Khu vực 1", "Khu vực 02b", "Khu vực 3"),
				Function.identity()))
			.containsExactly("Khu vực 1", "Khu vực 2", "Khu vực 02b", "Khu vực 3", "Khu vực 10");
	}

	@Test
	void ordersLettersByTheVietnameseAlphabet() {
		assertThat(NaturalOrder.sorted(List.of("đ", "b", "â", "d", "ă", "a", "ơ", "o", "ô", "ư", "u"),
				Function.identity()))
			.containsExactly("a", "ă", "â", "b", "d", "đ", "o", "ô", "ơ", "u", "ư");
		assertThat(NaturalOrder.sorted(List.of("Quỹ Vì người nghèo", "Quỹ Đền ơn đáp nghĩa", "Quỹ Khuyến học"),
				Function.identity()))
			.containsExactly("Quỹ Đền ơn đáp nghĩa", "Quỹ Khuyến học", "Quỹ Vì người nghèo");
	}

	@Test
	void putsAPrefixFirstAndIgnoresCase() {
		assertThat(NaturalOrder.comparator().compare("Hẻm 49", "Hẻm 49 nhánh 2")).isNegative();
		assertThat(NaturalOrder.comparator().compare("hẻm 5", "HẺM 5")).isZero();
		assertThat(NaturalOrder.comparator().compare("Hẻm 007", "Hẻm 7")).isPositive();
		assertThat(NaturalOrder.comparator().compare("Hẻm 007", "Hẻm 8")).isNegative();
		assertThat(NaturalOrder.comparator().compare("Tổ 9", "Tổ 10")).isNegative();
		assertThat(NaturalOrder.comparator().compare("Tổ 10", "Tổ 9")).isPositive();
	}

	@Test
	void sortsAnyListIntoAnOrderTheComparatorAgreesWith() {
		Random random = new Random(11);
		String[] words = { "Khu vực ", "Quỹ ", "Hẻm ", "ấp ", "Ấp ", "Đường ", "tổ ", "", "0", " - " };
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			StringBuilder name = new StringBuilder();
			for (int part = 0; part < 1 + random.nextInt(4); part++) {
				name.append(words[random.nextInt(words.length)]);
				if (random.nextBoolean()) {
					name.append(random.nextInt(120));
				}
			}
			names.add(name.toString());
		}
		Collections.shuffle(names, random);
		List<String> sorted = NaturalOrder.sorted(names, Function.identity());
		assertThat(sorted).containsExactlyInAnyOrderElementsOf(names);
		for (int i = 1; i < sorted.size(); i++) {
			assertThat(NaturalOrder.comparator().compare(sorted.get(i - 1), sorted.get(i)))
				.as("%s before %s", sorted.get(i - 1), sorted.get(i))
				.isNotPositive();
		}
	}

}
