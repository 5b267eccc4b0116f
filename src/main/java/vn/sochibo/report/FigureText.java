package vn.sochibo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.sochibo.shared.Figure;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.MoneyFormat;

/**
 * A figure's value as a document writes it: counts with dot separators ("1.234"), a lower
 * bound as "ít nhất 111", a percentage as "93,8%" (a dash when there was nothing to
 * divide by), money in prose ("160 triệu đồng") or, in tables, in full ("160.000.000 đ").
 */
final class FigureText {

	private FigureText() {
	}

	static String inProse(Figure figure) {
		return switch (figure.unit()) {
			case MONEY -> MoneyFormat.inProse(Money.of(decimal(figure.value())));
			default -> inTable(figure);
		};
	}

	static String inTable(Figure figure) {
		Number value = figure.value();
		return switch (figure.unit()) {
			case COUNT -> MoneyFormat.group(decimal(value));
			case AT_LEAST -> "ít nhất " + MoneyFormat.group(decimal(value));
			case PERCENT -> percent(value);
			case MONEY -> MoneyFormat.format(Money.of(decimal(value)));
		};
	}

	static String percent(Number value) {
		if (value == null) {
			return "—";
		}
		BigDecimal rounded = decimal(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
		if (rounded.scale() < 0) {
			rounded = rounded.setScale(0);
		}
		return rounded.toPlainString().replace('.', ',') + "%";
	}

	private static BigDecimal decimal(Number value) {
		return (value instanceof BigDecimal decimal) ? decimal : new BigDecimal(value.toString());
	}

}
