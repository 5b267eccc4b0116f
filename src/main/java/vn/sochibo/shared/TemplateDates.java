package vn.sochibo.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

/**
 * {@link VietnameseDates} for templates, pages and PDFs alike:
 * {@code ${@dates.inDocument(receipt.date)}} writes "ngày 05 tháng 3 năm 2026".
 */
@Component("dates")
public class TemplateDates {

	/** "ngày 05 tháng 3 năm 2026". */
	public String inDocument(LocalDate date) {
		return VietnameseDates.inDocument(date);
	}

	/** "14:30 ngày 05 tháng 3 năm 2026". */
	public String inDocument(LocalDateTime moment) {
		return VietnameseDates.inDocument(moment);
	}

}
