package no.ankomst.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AnkomstUserDetailsService implements UserDetailsService {

    private final UserRepository repository;

    AnkomstUserDetailsService(UserRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return repository.findForLogin(LoginThrottle.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
