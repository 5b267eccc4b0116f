package vn.sochibo.welfare;

import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * What the public sees of a program: its name, occasion and date, how many gifts were
 * given and their total value — never who received them.
 */
public record PublicProgramTotal(Long id, String name, Occasion occasion, Integer year, LocalDate date,
		ProgramSource source, Long fundId, String sourceName, int gifts, Money total) {
}
