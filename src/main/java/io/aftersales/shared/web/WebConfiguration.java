package io.aftersales.shared.web;

import com.fasterxml.jackson.annotation.Nulls;
import io.aftersales.shared.Identifier;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Language: Simplified Chinese unless the user chose another (remembered in a cookie for a year); API clients may
 * also ask with {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED =
            List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);

    /**
     * Switches off the resource-URL encoding filter that Boot adds because the WebJars locator enables the resource
     * chain. We use no content-hashed URLs, so it changed no link, but it looked every link of a page up as a static
     * resource in the jar: 85 % of the time of a board page with 300 cards (docs/performance.md). Versionless WebJar
     * URLs are still resolved when they are requested.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    /**
     * What every request body must keep to, each a 400 naming the field otherwise: no list, set or map holds
     * {@code null} (instead of a half-read request), and no number is larger than the database keeps
     * ({@link BoundedDecimals}).
     */
    @Bean
    JsonMapperBuilderCustomizer requestBodyRules() {
        return builder -> builder.changeDefaultNullHandling(handling -> handling.withContentNulls(Nulls.FAIL))
                .addModule(
                        new SimpleModule("bounded-decimals").addDeserializer(BigDecimal.class, new BoundedDecimals()));
    }

    /**
     * Amounts, prices and quantities have at most {@value #MAX_INTEGER_DIGITS} digits before the point (the database
     * keeps up to ten): a larger number is the client's error, a 400 naming the field, not a database failure.
     */
    static final int MAX_INTEGER_DIGITS = 8;

    static class BoundedDecimals extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
            BigDecimal value = super.deserialize(parser, context);
            if (value != null && value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
                throw InvalidFormatException.from(parser, "too large", value, BigDecimal.class);
            }
            return value;
        }
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("AFTERSALES_LANG");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(WebConfiguration::defaultLocale);
        return resolver;
    }

    private static Locale defaultLocale(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/") && request.getHeader("Accept-Language") != null) {
            Locale asked = Locale.lookup(Locale.LanguageRange.parse(request.getHeader("Accept-Language")), SUPPORTED);
            if (asked != null) {
                return asked;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        // Not for the API (it asks with Accept-Language) nor for /error: reading a parameter there would parse a
        // broken form body a second time while its error is answered.
        registry.addInterceptor(interceptor).excludePathPatterns("/api/**", "/error");
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new TextToIdentifier());
    }

    /** Path variables, parameters and form fields of a typed ID: its UUID text (blank is no ID, not a bad one). */
    static final class TextToIdentifier implements ConverterFactory<String, Identifier> {
        @Override
        public <T extends Identifier> Converter<String, T> getConverter(Class<T> type) {
            Constructor<T> constructor;
            try {
                constructor = type.getDeclaredConstructor(UUID.class);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no constructor taking a UUID", e);
            }
            return text ->
                    text.isBlank() ? null : BeanUtils.instantiateClass(constructor, UUID.fromString(text.trim()));
        }
    }
}
