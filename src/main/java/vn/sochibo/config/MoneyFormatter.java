package vn.sochibo.config;

import java.text.ParseException;
import java.util.Locale;

import org.springframework.format.Formatter;

import vn.sochibo.shared.Money;
import vn.sochibo.shared.MoneyFormat;

/**
 * Prints and parses {@link Money} the Vietnamese way ("160.000.000 đ"): forms bind
 * "1.500.000", templates print with {@code ${{amount}}}.
 */
class MoneyFormatter implements Formatter<Money> {

	@Override
	public String print(Money money, Locale locale) {
		return MoneyFormat.format(money);
	}

	@Override
	public Money parse(String text, Locale locale) throws ParseException {
		try {
			return MoneyFormat.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new ParseException(text, 0);
		}
	}

}
