package vn.sochibo.fund;

/**
 * How the contributor chose to appear on the public ledger. The default is anonymous
 * ("Nhà hảo tâm"); showing a name needs the contributor's explicit consent.
 */
public enum DisplayChoice {

	FULL_NAME, INITIALS, HOUSEHOLD_LABEL, ANONYMOUS

}
