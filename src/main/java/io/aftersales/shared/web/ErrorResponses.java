package io.aftersales.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * What {@code /error} answers when no controller did: a request no handler took (415, 405, a path the firewall
 * refused), a body that is not the multipart it claims to be. Pages keep the error page in the site's look; every
 * other client gets {@code application/problem+json} like the API's own errors, with the detail in its language.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorResponses extends BasicErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    private final MessageSource messages;

    ErrorResponses(
            ErrorAttributes errorAttributes,
            WebProperties web,
            ObjectProvider<ErrorViewResolver> viewResolvers,
            MessageSource messages) {
        super(errorAttributes, web.getError(), viewResolvers.orderedStream().toList());
        this.messages = messages;
    }

    /** {@code /error} asked for directly, with no error behind it, is a page that does not exist. */
    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null
                ? HttpStatus.NOT_FOUND
                : super.getStatus(request);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        if (status.is5xxServerError()) {
            log.error(
                    "Unexpected error outside the controllers for {}",
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        Locale locale = LocaleContextHolder.getLocale();
        String code = ProblemResponses.code(status);
        String detail = messages.getMessage("error.page." + status.value() + ".text", null, null, locale);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "/problems/" + code);
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail != null ? detail : messages.getMessage("error.page.default.text", null, locale));
        Object path = request.getAttribute("jakarta.servlet.error.request_uri");
        if (path != null) {
            problem.put("instance", path);
        }
        problem.put("code", code);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * A body that claims to be multipart and is not (no boundary, cut off, not a form) or a form body Tomcat cannot
     * read is the client's error, 400;
     * one over the size limit stays 413. Without this both were a 500.
     */
    @Component
    static class UnreadableRequests implements HandlerExceptionResolver, Ordered {

        private final ProblemResponses problems;

        UnreadableRequests(ProblemResponses problems) {
            this.problems = problems;
        }

        private record Answer(HttpStatus status, String code, String messageKey) {}

        /**
         * Tomcat's own parser reports a broken body as an InvalidParameterException when a parameter is read first;
         * the firewall checks parameter names and values when they are read (a NUL, a form body that is JSON).
         */
        private static @Nullable Answer answerTo(Exception ex) {
            if (ex instanceof MaxUploadSizeExceededException) {
                return new Answer(HttpStatus.CONTENT_TOO_LARGE, "too-large", "error.page.413.text");
            }
            if (ex instanceof MultipartException || ex instanceof InvalidParameterException) {
                return new Answer(HttpStatus.BAD_REQUEST, "unreadable", "error.unreadableUpload");
            }
            if (ex instanceof RequestRejectedException) {
                return new Answer(HttpStatus.BAD_REQUEST, "bad-request", "error.page.400.text");
            }
            return null;
        }

        @Override
        public @Nullable ModelAndView resolveException(
                HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
            Answer answer = answerTo(ex);
            if (answer == null) {
                return null;
            }
            try {
                if (request.getRequestURI().startsWith("/api/")) {
                    // Answered here: the body cannot be read again on the way to /error.
                    problems.write(response, answer.status(), answer.code(), answer.messageKey());
                } else {
                    response.sendError(answer.status().value());
                }
            } catch (IOException e) {
                return null;
            }
            return new ModelAndView();
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 1;
        }
    }
}
