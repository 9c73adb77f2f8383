package io.aftersales.organization.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.UserView;
import io.aftersales.organization.security.SignInThrottledException;
import io.aftersales.organization.security.TokenService;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.web.ProblemResponses;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Sign-in",
        description = "API tokens: sign in for a bearer token (throttled after repeated failures), sign out.")
@RestController
@RequestMapping("/api/v1/auth")
class AuthRestController {

    record TokenRequest(@NotBlank String username, @NotBlank String password) {}

    record TokenResponse(String token, Instant expiresAt) {}

    record PasswordChange(
            @NotBlank String currentPassword, @NotBlank String newPassword) {}

    private final AuthenticationManager authenticationManager;
    private final TokenService tokens;
    private final OrganizationManagement management;
    private final ProblemResponses problems;

    AuthRestController(
            AuthenticationManager authenticationManager,
            TokenService tokens,
            OrganizationManagement management,
            ProblemResponses problems) {
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
        this.management = management;
        this.problems = problems;
    }

    /** Exchanges a username and password for a bearer token. */
    @PostMapping("/token")
    @SecurityRequirements // the one call made without a token
    TokenResponse token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password());
        // The client's address counts failures too, as the sign-in form's does.
        attempt.setDetails(new WebAuthenticationDetails(http));
        Authentication signedIn = authenticationManager.authenticate(attempt);
        // Stateless: the user is signed in for the rest of this request only, so the token is issued in their name.
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        TokenService.Issued issued = tokens.issue();
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    /** Revokes the token this request was made with. */
    @DeleteMapping("/token")
    ResponseEntity<Void> revoke(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        tokens.revoke(authorization.substring("Bearer ".length()).trim());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    UserView me() {
        return management.user(CurrentUser.require().userId());
    }

    @PostMapping("/password")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange request) {
        management.changeOwnPassword(request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> refused(AuthenticationException e) {
        if (e instanceof SignInThrottledException throttled) {
            long seconds = Duration.between(tokens.clock().instant(), throttled.until())
                    .toSeconds();
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, seconds)))
                    .body(problems.problem(HttpStatus.TOO_MANY_REQUESTS, "throttled", "signIn.throttled"));
        }
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(problems.problem(HttpStatus.UNAUTHORIZED, "bad-credentials", "signIn.badCredentials"));
    }
}
