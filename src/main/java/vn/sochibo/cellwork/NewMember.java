package vn.sochibo.cellwork;

import java.time.LocalDate;

/**
 * A member put on a cell's roll: admitted there, or moved in ({@code cameFrom}, the Party
 * organisation they come from) on {@code since}.
 */
public record NewMember(MemberDetails details, LocalDate since, String cameFrom) {
}
