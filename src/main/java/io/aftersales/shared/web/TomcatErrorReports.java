package io.aftersales.shared.web;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before any servlet sees them (an encoded slash or NUL in the path, a request line or header
 * over the limit) are answered by Tomcat's error report. For the API that answer is {@code application/problem+json}
 * like every other error, not Tomcat's HTML page; pages keep Tomcat's plain report (without server details).
 */
@Component
class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                host.getPipeline().addValve(new ProblemReportValve());
            }
        });
    }

    /** After Spring Boot's own customizer, which adds the valve this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Tomcat's error report, as problem+json for the API. */
    public static class ProblemReportValve extends ErrorReportValve {

        public ProblemReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            String uri = request.getRequestURI();
            int status = response.getStatus();
            // A request Tomcat could not even read (a request line over the limit) has no path: answered as the API.
            boolean page = uri != null && !uri.isEmpty() && !uri.startsWith("/api/");
            if (page || status < 400 || response.getContentWritten() > 0) {
                super.report(request, response, throwable);
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String code = known == null ? "error" : ProblemResponses.code(known);
            String title = known == null ? "Error" : known.getReasonPhrase();
            String detail = text(request.getLocale(), "error.page." + status + ".text");
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                PrintWriter writer = response.getReporter();
                if (writer != null) {
                    writer.write(
                            "{\"type\":\"/problems/%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\",\"code\":\"%s\"}"
                                    .formatted(code, title, status, detail.replace("\"", "'"), code));
                    response.finishResponse();
                }
            } catch (Exception e) {
                // The connection is gone or the response was taken; nothing else to say.
            }
        }

        private static String text(Locale locale, String key) {
            ResourceBundle.Control control =
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
            try {
                ResourceBundle messages = ResourceBundle.getBundle("messages", locale, control);
                return messages.containsKey(key)
                        ? messages.getString(key)
                        : messages.getString("error.page.default.text");
            } catch (MissingResourceException e) {
                return "The request could not be completed.";
            }
        }
    }
}
