package vn.sochibo.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * Like {@link IntegrationTest}, with the application also listening on a random port: for
 * what only a real servlet container does, such as rendering the error pages (MockMvc
 * stops at {@code sendError} and never forwards to {@code /error}). Use a {@link Browser}
 * to talk to it; MockMvc is available as well. All such tests share one application
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sochibo.admin.password=test-system-admin-password" })
@AutoConfigureMockMvc
@Import({ WardFixtures.class, DatabaseOwner.class })
public @interface ServerTest {

}
