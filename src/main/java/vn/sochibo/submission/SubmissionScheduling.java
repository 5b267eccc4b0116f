package vn.sochibo.submission;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs {@link FormSubmissions#purge} once a day.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SubmissionScheduling {

}
