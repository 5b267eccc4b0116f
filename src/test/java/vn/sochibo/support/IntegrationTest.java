package vn.sochibo.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test against the whole application and the real PostgreSQL (the database of
 * {@code SPRING_DATASOURCE_URL}, prepared by {@code scripts/test.sh}). Every test class
 * builds its own ward with {@link WardFixtures}, so tests never see each other's data and
 * need no cleanup. All such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
		properties = { "sochibo.admin.password=test-system-admin-password", "sochibo.dashboard.cell-work-seconds=0" })
@AutoConfigureMockMvc
@Import({ WardFixtures.class, MemberFixtures.class, StatementCounter.class, DatabaseOwner.class })
public @interface IntegrationTest {

}
