package vn.sochibo.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.sochibo.cellwork.VisitYear;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cells' work on the dashboard is computed once per cell and year within its
 * lifetime, again after it, apart for each cell, ward and year, and never kept when the
 * lifetime is zero.
 */
class CellWorkCacheTests {

	final AtomicInteger computed = new AtomicInteger();

	MovingClock clock = new MovingClock(Instant.parse("2026-12-04T03:00:00Z"));

	@Test
	void aCellsWorkIsComputedOnceWithinItsLifetimeAndAgainAfterIt() {
		CellWorkCache cache = new CellWorkCache(60, this.clock);

		cache.get(1L, 10L, 2025, this::compute);
		cache.get(1L, 10L, 2025, this::compute);
		assertThat(this.computed).hasValue(1);
		cache.get(1L, 11L, 2025, this::compute);
		cache.get(1L, 10L, 2024, this::compute);
		cache.get(2L, 10L, 2025, this::compute);
		assertThat(this.computed).hasValue(4);

		this.clock.now = this.clock.now.plusSeconds(61);
		cache.get(1L, 10L, 2025, this::compute);
		assertThat(this.computed).hasValue(5);
	}

	@Test
	void aLifetimeOfZeroKeepsNothing() {
		CellWorkCache cache = new CellWorkCache(0, this.clock);
		cache.get(1L, 10L, 2025, this::compute);
		cache.get(1L, 10L, 2025, this::compute);
		assertThat(this.computed).hasValue(2);
	}

	private CellWork compute() {
		this.computed.incrementAndGet();
		return new CellWork(null, null, null, new VisitYear(2025, 0, 0, 0, 0, 0));
	}

	static final class MovingClock extends Clock {

		Instant now;

		MovingClock(Instant now) {
			this.now = now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
