package io.aftersales.feedback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * SMS and WeChat as the log sees them: the place to plug in a provider. A bean implementing {@link MessageChannel}
 * for the same channel takes precedence over these; until then each message is written to the log as it would be
 * sent.
 */
@Configuration(proxyBeanMethods = false)
class LoggingChannels {

    static final class LoggingChannel implements MessageChannel {

        private static final Logger log = LoggerFactory.getLogger(LoggingChannel.class);

        private final Channel channel;

        LoggingChannel(Channel channel) {
            this.channel = channel;
        }

        @Override
        public Channel channel() {
            return channel;
        }

        @Override
        public void send(String recipient, String subject, String body) {
            log.info("{} to {}: {} — {}", channel, recipient, subject, body);
        }
    }

    @Bean
    MessageChannel smsChannel() {
        return new LoggingChannel(Channel.SMS);
    }

    @Bean
    MessageChannel wechatChannel() {
        return new LoggingChannel(Channel.WECHAT);
    }
}
