package io.aftersales.organization.security;

import io.aftersales.organization.domain.AppUser;
import io.aftersales.organization.domain.UserRepository;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.security.TenantContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Finds the user signing in. Usernames are unique platform-wide, so the look-up crosses the tenant wall. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final TransactionTemplate transactions;

    AccountDetailsService(UserRepository users, TransactionTemplate transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        SignedInUser user = TenantContext.callAsSystem(
                () -> transactions.execute(status -> users.findByUsername(AppUser.normalizeUsername(username))
                        .map(AppUser::toSignedInUser)
                        .orElse(null)));
        if (user == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return user;
    }
}
