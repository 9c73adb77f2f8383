package io.aftersales.organization.bootstrap;

import io.aftersales.organization.domain.OrganizationRepository;
import io.aftersales.organization.domain.OrganizationSetup;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On an empty database: the organisation "Default" with one store and the platform admin {@code admin} (the demo
 * module, when on, has set up its organisation before). When several instances start at once on an empty database, one wins and the others see it.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final OrganizationRepository organizations;
    private final OrganizationSetup setup;
    private final StartupProperties properties;

    FirstStart(OrganizationRepository organizations, OrganizationSetup setup, StartupProperties properties) {
        this.organizations = organizations;
        this.setup = setup;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (organizations.count() > 0) {
            return;
        }
        try {
            createDefault();
        } catch (DataIntegrityViolationException e) {
            log.info("Another instance set up the empty database first; using its organisation.");
        }
    }

    private void createDefault() {
        String given = properties.adminPassword();
        boolean generated = given == null || given.isBlank();
        String password = generated ? generatePassword() : given;
        setup.create("Default", "S01", "总店", null, "admin", password, true, null);
        if (generated) {
            log.warn(
                    "\n\n    First start: signed-in as nobody yet. User 'admin' has the generated password: {}\n"
                            + "    It is shown only this once; change it after signing in, or set AFTERSALES_ADMIN_PASSWORD.\n",
                    password);
        } else {
            log.info("First start: created organisation 'Default' with user 'admin' (password from configuration).");
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
