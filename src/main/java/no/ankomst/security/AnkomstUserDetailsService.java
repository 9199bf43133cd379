package no.ankomst.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AnkomstUserDetailsService implements UserDetailsService {

    private final UserRepository repository;
    private final Clock clock;

    AnkomstUserDetailsService(UserRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return repository.findForLogin(username.strip().toLowerCase(), clock.instant())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
