package io.aftersales.shared.security;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HTTP sessions live in the database so that any instance can serve any user. They get plain JDBC transactions of
 * their own: through JPA, loading a session would ask for the tenant, which needs the session.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /** The transactions everything else uses (Boot's own backs off once the one below exists). */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    /** Spring Session JDBC picks this bean up by name. */
    @Bean
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }
}
