package io.aftersales.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerAdapter;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Runs the controller of a request under an {@code Idempotency-Key} as {@link IdempotencyFilter} asks: in one
 * transaction with the key's row, again after a transient failure. Here, unlike in the filter, the controller can be
 * called more than once in a request. First of Spring MVC's handler adapters; hands every call to the one of Spring
 * MVC's annotated controllers.
 */
@Component
class KeyedHandlerAdapter implements HandlerAdapter, Ordered {

    /** Looked up once, on the first request (it is made after this adapter). */
    private final SingletonSupplier<RequestMappingHandlerAdapter> controllers;

    KeyedHandlerAdapter(ObjectProvider<RequestMappingHandlerAdapter> controllers) {
        this.controllers = SingletonSupplier.of(controllers::getObject);
    }

    @Override
    public boolean supports(Object handler) {
        return handler instanceof HandlerMethod;
    }

    @Override
    public @Nullable ModelAndView handle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        RequestMappingHandlerAdapter adapter = controllers.obtain();
        if (request.getAttribute(IdempotencyFilter.KeyedCall.ATTRIBUTE) instanceof IdempotencyFilter.KeyedCall call) {
            request.removeAttribute(IdempotencyFilter.KeyedCall.ATTRIBUTE);
            return call.run(() -> adapter.handle(request, response, handler));
        }
        return adapter.handle(request, response, handler);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
