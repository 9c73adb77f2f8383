package io.aftersales.shared.security;

import io.aftersales.shared.StoreId;
import jakarta.persistence.EntityManager;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;

/**
 * Store isolation of operational records, in one place. Entities that belong to a store carry
 * {@code @Filter(name = StoreVisibility.FILTER)}; the filter (declared in this package's {@code package-info}) is
 * turned on in every Hibernate session opened for a user who is assigned to some stores only, also for loads by ID,
 * and lets that user see only those stores. Admins and HQ see every store of their organisation, and system work
 * (listeners, jobs) is not restricted by store: their sessions go without the filter and their queries without its
 * condition. A record of another store is then simply not found: 404, never 403, so IDs reveal nothing.
 */
@Configuration(proxyBeanMethods = false)
public class StoreVisibility {

    public static final String FILTER = "storeVisibility";

    /** Turns the filter on in each new entity manager whose user sees some stores only. */
    @Bean
    static BeanPostProcessor storeVisibilityInitializer() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractEntityManagerFactoryBean factory) {
                    factory.setEntityManagerInitializer(StoreVisibility::restrict);
                }
                return bean;
            }
        };
    }

    static void restrict(EntityManager entityManager) {
        CurrentUser.find()
                .filter(user -> !user.seesAllStores())
                .ifPresent(user -> entityManager
                        .unwrap(Session.class)
                        .enableFilter(FILTER)
                        .setParameter(
                                "visibleStores",
                                user.storeIds().stream()
                                        .map(StoreId::toString)
                                        .collect(Collectors.joining(",", ",", ","))));
    }
}
