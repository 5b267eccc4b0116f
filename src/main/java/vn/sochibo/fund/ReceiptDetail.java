package vn.sochibo.fund;

import java.util.List;

/**
 * A receipt's page: the receipt as it would print next, its prints so far, and whether
 * the user may print it (an inspector reads receipts but never prints one; an entry of no
 * area is printed only by those who work in the whole ward).
 */
public record ReceiptDetail(ReceiptView preview, List<ReceiptPrint> prints, boolean printable) {
}
