package com.ecommerce.user.application;

import com.ecommerce.user.config.AdminProperties;
import com.ecommerce.user.domain.EmailAddress;
import com.ecommerce.user.domain.EmailAlreadyRegistered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure the configured admin exists and is an admin, at every start. Idempotent: an existing
 * account keeps its password (a password changed later must not be reset by a restart), and two
 * instances starting together both succeed.
 */
@Component
public class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AdminProperties admin;
    private final Accounts accounts;

    AdminBootstrap(AdminProperties admin, Accounts accounts) {
        this.admin = admin;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!admin.enabled()) {
            return;
        }
        EmailAddress email = new EmailAddress(admin.email());
        try {
            accounts.register(email, admin.password(), admin.name());
            log.info("created bootstrap admin account {}", email);
        } catch (EmailAlreadyRegistered exists) {
            // The usual case after the first start.
        }
        accounts.grantAdmin(email);
    }
}
