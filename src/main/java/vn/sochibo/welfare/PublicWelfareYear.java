package vn.sochibo.welfare;

import java.util.List;

import vn.sochibo.shared.Money;

/**
 * What the public may know of a ward's welfare in a year: the gifts given (not cancelled)
 * by the year's programs, how many and their total value, in all and by program (in the
 * order they were held) — counts and totals only, never a recipient, a household or a
 * loan. A program for the cell's Party members shows here like any other, by its name and
 * its totals, as the ward's public page lists it.
 */
public record PublicWelfareYear(int year, long gifts, Money value, List<Program> programs) {

	public PublicWelfareYear {
		programs = List.copyOf(programs);
	}

	/** One program of the year: its name and occasion, its gifts and their value. */
	public record Program(Long id, String name, Occasion occasion, long gifts, Money value) {
	}

}
