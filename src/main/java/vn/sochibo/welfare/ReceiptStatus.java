package vn.sochibo.welfare;

/**
 * Whether the recipient has signed for a gift (on the signing list or a receipt).
 */
public enum ReceiptStatus {

	PENDING, SIGNED

}
