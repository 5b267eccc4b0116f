package vn.sochibo.cellwork;

/**
 * A series of a cell, for pickers and links: its title and how many activities it has.
 */
public record SeriesOption(Long id, String title, long activities) {

}
