package vn.sochibo.imports;

import vn.sochibo.shared.NotFoundException;

/** No such import job in the user's ward, or one the user may not see. */
public class ImportJobNotFoundException extends NotFoundException {

	public ImportJobNotFoundException(Long id) {
		super("import job", id);
	}

}
