package io.aftersales.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: Simplified Chinese unless the user chose another (remembered in a cookie for a year); API clients may
 * also ask with {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED =
            List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);

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
        registry.addInterceptor(interceptor);
    }
}
