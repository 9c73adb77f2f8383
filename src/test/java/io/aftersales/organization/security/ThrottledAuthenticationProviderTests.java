package io.aftersales.organization.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class ThrottledAuthenticationProviderTests {

    private final AuthenticationProvider passwords = mock(AuthenticationProvider.class);
    private final LoginThrottle throttle = mock(LoginThrottle.class);
    private final ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(
            passwords, throttle, new SecurityProperties.Throttle(5, 20, Duration.ofMinutes(1), Duration.ofMinutes(15)));

    @Test
    void aBlockedAddressRefusesEvenTheRightPasswordOfAnyUser() {
        when(throttle.blockedUntil("address:10.9.9.9")).thenReturn(Instant.now().plusSeconds(60));
        assertThatThrownBy(() -> provider.authenticate(attempt("li.wei", "right", "10.9.9.9")))
                .isInstanceOf(SignInThrottledException.class);
        verify(passwords, never()).authenticate(any());
    }

    @Test
    void aFailureCountsForTheUserAndForTheAddressEachWithItsOwnLimit() {
        when(passwords.authenticate(any())).thenThrow(new BadCredentialsException("no"));
        assertThatThrownBy(() -> provider.authenticate(attempt("Li.Wei", "wrong", "10.9.9.9")))
                .isInstanceOf(BadCredentialsException.class);
        verify(throttle).recordFailure("user:li.wei", 5);
        verify(throttle).recordFailure("address:10.9.9.9", 20);
    }

    @Test
    void aSignInWithoutAnAddressCountsForTheUserOnly() {
        when(passwords.authenticate(any())).thenThrow(new BadCredentialsException("no"));
        assertThatThrownBy(() ->
                        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("li.wei", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        verify(throttle).recordFailure("user:li.wei", 5);
        verify(throttle, never()).recordFailure(startsWith("address:"), anyInt());
        verify(throttle, never()).blockedUntil(startsWith("address:"));
        verify(throttle).blockedUntil(anyString());
    }

    @Test
    void whatWasTypedIsLoggedWithoutLineBreaksAndCut() {
        assertThat(ThrottledAuthenticationProvider.loggable("admin\r\nINFO forged"))
                .isEqualTo("\"admin??INFO forged\"");
        assertThat(ThrottledAuthenticationProvider.loggable("x".repeat(500))).hasSize(67);
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
