package vn.sochibo.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in Vietnam's time zone: year boundaries decide
 * reports.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

	@Bean
	Clock clock(@Value("${sochibo.time-zone}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

}
