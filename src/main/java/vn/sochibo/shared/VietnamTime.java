package vn.sochibo.shared;

import java.time.ZoneId;

/**
 * Vietnam's time zone (UTC+7, no daylight saving), for showing stored instants.
 */
public final class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private VietnamTime() {
	}

}
