/**
 * A Party cell's own record of its year: its members (sensitive — never public, read only
 * by the ward admin and the secretaries and inspectors of the member's cell), meetings
 * with minutes and attendance, resolutions and tasks, community activities, visits of
 * higher officials with their recommendations, twinnings and the annual rating.
 *
 * <p>
 * Glossary (kept in Vietnamese where English has no good word): <em>chi bộ</em> Party
 * cell; <em>đảng viên</em> Party member, <em>chính thức</em> full, <em>dự bị</em>
 * probationary, <em>miễn sinh hoạt</em> exempt from activities; <em>biên bản</em>
 * minutes; <em>nghị quyết</em> resolution; <em>lượt</em> participation (one person at one
 * activity); <em>kết nghĩa</em> twinning.
 *
 * <p>
 * Every record belongs to a ward and a cell: services check {@link CellAccess} before
 * anything else (another cell's or ward's id is "not found").
 */
package vn.sochibo.cellwork;
