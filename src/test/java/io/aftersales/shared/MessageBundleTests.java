package io.aftersales.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The three languages stay in step, and every key a template names exists. */
class MessageBundleTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");

    @Test
    void everyBundleHasTheSameKeysAndNoneIsBlank() throws IOException {
        Properties english = load("messages.properties");
        Properties simplified = load("messages_zh_CN.properties");
        Properties traditional = load("messages_zh_TW.properties");
        assertThat(simplified.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(traditional.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (Properties bundle : new Properties[] {english, simplified, traditional}) {
            assertThat(bundle.values())
                    .allSatisfy(value -> assertThat(value.toString()).isNotBlank());
        }
    }

    @Test
    void chineseBundlesAreTranslated() throws IOException {
        Properties english = load("messages.properties");
        Properties simplified = load("messages_zh_CN.properties");
        long untranslated = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).equals(simplified.getProperty(key)))
                .filter(key -> english.getProperty(key).matches(".*[a-z]{3,}.*"))
                .count();
        assertThat(untranslated).as("zh-CN texts identical to English").isZero();
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Properties english = load("messages.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(key -> assertThat(english).containsKey(key));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
