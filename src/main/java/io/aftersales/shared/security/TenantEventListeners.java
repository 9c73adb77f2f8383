package io.aftersales.shared.security;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Runs every module listener that receives a {@link TenantEvent} inside that event's organisation. The advice sits
 * inside the listener's {@code @Async} hop and outside its transaction, because Hibernate reads the tenant when the
 * transaction opens its session.
 */
@Configuration(proxyBeanMethods = false)
class TenantEventListeners {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor tenantEventAdvisor() {
        MethodInterceptor inTenant = invocation -> {
            for (Object argument : invocation.getArguments()) {
                if (argument instanceof TenantEvent event) {
                    return TenantContext.callAs(event.organizationId().value(), () -> proceed(invocation));
                }
            }
            return invocation.proceed();
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(ApplicationModuleListener.class), inTenant);
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return advisor;
    }

    private static Object proceed(org.aopalliance.intercept.MethodInvocation invocation) {
        try {
            return invocation.proceed();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
