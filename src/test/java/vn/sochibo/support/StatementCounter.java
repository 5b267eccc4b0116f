package vn.sochibo.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application prepares, so a test can show that a list page
 * costs the same number of queries whatever the number of rows (no N+1).
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

	private final AtomicInteger statements = new AtomicInteger();

	public void reset() {
		this.statements.set(0);
	}

	public int count() {
		return this.statements.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
			return new CountingDataSource(dataSource, this.statements);
		}
		return bean;
	}

	static final class CountingDataSource extends DelegatingDataSource {

		private final AtomicInteger statements;

		CountingDataSource(DataSource target, AtomicInteger statements) {
			super(target);
			this.statements = statements;
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private Connection counting(Connection connection) {
			InvocationHandler handler = (proxy, method, args) -> {
				String name = method.getName();
				if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
					this.statements.incrementAndGet();
				}
				try {
					return method.invoke(connection, args);
				}
				catch (InvocationTargetException ex) {
					throw ex.getTargetException();
				}
			};
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

	}

}
