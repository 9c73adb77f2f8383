package io.aftersales.feedback;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring Mail ({@code spring.mail.host} and friends). Without a mail server configured, sending
 * fails and the message stays queued, retried, and visible, rather than pretending it went out.
 */
@Component
class EmailChannel implements MessageChannel {

    private final ObjectProvider<JavaMailSender> mail;
    private final FeedbackProperties properties;

    EmailChannel(ObjectProvider<JavaMailSender> mail, FeedbackProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(String recipient, String subject, String body) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("no mail server configured (spring.mail.host)");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(recipient);
        message.setSubject(subject);
        message.setText(body);
        message.setFrom(properties.mailFrom());
        sender.send(message);
    }
}
