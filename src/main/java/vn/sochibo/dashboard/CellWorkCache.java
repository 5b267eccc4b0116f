package vn.sochibo.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The cells' year of work on the dashboard, kept for a short while
 * ({@code sochibo.dashboard.cell-work-seconds}, 60 by default; 0 keeps nothing): a ward
 * admin's dashboard reads every cell's meetings, activities and visits, which at 40 cells
 * costs about half a second, and the same figures are asked for again by every member of
 * the ward's staff who opens the home page. A figure is at most that old; who may read a
 * cell is still decided on every request, before the cache is asked. Bounded: past 5,000
 * entries it starts afresh.
 */
@Component
class CellWorkCache {

	private static final int MAX_ENTRIES = 5_000;

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	private final Duration lifetime;

	private final Clock clock;

	CellWorkCache(@Value("${sochibo.dashboard.cell-work-seconds:60}") long seconds, Clock clock) {
		this.lifetime = Duration.ofSeconds(seconds);
		this.clock = clock;
	}

	CellWork get(Long wardId, Long cellId, int year, Supplier<CellWork> compute) {
		if (this.lifetime.isZero()) {
			return compute.get();
		}
		Key key = new Key(wardId, cellId, year);
		Instant now = this.clock.instant();
		Entry entry = this.entries.get(key);
		if (entry != null && entry.at().plus(this.lifetime).isAfter(now)) {
			return entry.work();
		}
		CellWork work = compute.get();
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		this.entries.put(key, new Entry(work, now));
		return work;
	}

	private record Key(Long wardId, Long cellId, int year) {
	}

	private record Entry(CellWork work, Instant at) {
	}

}
