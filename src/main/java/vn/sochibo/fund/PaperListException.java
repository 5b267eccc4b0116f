package vn.sochibo.fund;

import java.util.List;

/**
 * Lines of a paper list are wrong; nothing of the list was posted.
 */
public class PaperListException extends RuntimeException {

	private final List<PaperList.Problem> problems;

	PaperListException(List<PaperList.Problem> problems) {
		super(problems.size() + " bad lines");
		this.problems = List.copyOf(problems);
	}

	/** Every problem found, in line order. */
	public List<PaperList.Problem> problems() {
		return this.problems;
	}

}
