package vn.sochibo.cellwork;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

import vn.sochibo.shared.VietnameseText;

/**
 * A meeting's (or a year's) attendance figures.
 *
 * <p>
 * The definition, once: the members <em>due</em> to attend are those on the roll that day
 * less the exempt ones (miễn sinh hoạt), whether or not they came; the <em>rate</em> is
 * the due members present over the due members. An exempt member who attended counts
 * among those who attended (and may vote) but in neither side of the rate, so the rate
 * never exceeds 100%. People attending temporarily from elsewhere are not counted. A
 * year's rate is the sum of the due present over the sum of the due of its meetings.
 * <em>(Số đảng viên phải dự = số đảng viên trong danh sách chi bộ vào ngày họp trừ đảng
 * viên được miễn sinh hoạt; tỷ lệ dự họp = số đảng viên phải dự có mặt / số đảng viên
 * phải dự. Đảng viên miễn sinh hoạt có đến dự được tính là có mặt nhưng không tính vào tỷ
 * lệ.)</em>
 */
public record AttendanceFigures(long onRoll, long exempt, long present, long exemptAttended, long absentExcused,
		long absentUnexcused) {

	public static final AttendanceFigures NONE = new AttendanceFigures(0, 0, 0, 0, 0, 0);

	/** Members due to attend: on the roll, not exempt. */
	public long due() {
		return this.onRoll - this.exempt;
	}

	/** Everyone of the cell who attended: the due present and the exempt who came. */
	public long attended() {
		return this.present + this.exemptAttended;
	}

	public long absent() {
		return this.absentExcused + this.absentUnexcused;
	}

	/** The rate in percent with one decimal, or null when no one was due. */
	public BigDecimal rate() {
		if (due() == 0) {
			return null;
		}
		return BigDecimal.valueOf(this.present * 100).divide(BigDecimal.valueOf(due()), 1, RoundingMode.HALF_UP);
	}

	/** "96,6%" (or "—" when no one was due). */
	public String rateLabel() {
		BigDecimal rate = rate();
		if (rate == null) {
			return "—";
		}
		DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(VietnameseText.LOCALE));
		return format.format(rate) + "%";
	}

	public AttendanceFigures plus(AttendanceFigures other) {
		return new AttendanceFigures(this.onRoll + other.onRoll, this.exempt + other.exempt,
				this.present + other.present, this.exemptAttended + other.exemptAttended,
				this.absentExcused + other.absentExcused, this.absentUnexcused + other.absentUnexcused);
	}

}
