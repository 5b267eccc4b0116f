/**
 * The annual report of a Party cell (and the ward's summary): figures read from each
 * feature's year figures (never from another feature's tables), the narrative the
 * secretary writes, and one document model ({@link vn.sochibo.report.PartyDocument})
 * rendered as an HTML preview, a PDF and a Word file in the Party layout. A final report
 * is frozen as a snapshot.
 *
 * <p>
 * Glossary: <em>báo cáo</em> report; <em>Nơi nhận</em> recipients; <em>T/M</em> (thay
 * mặt) on behalf of.
 */
package vn.sochibo.report;
