package io.aftersales.organization.web;

import io.aftersales.organization.NewUser;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.UserChanges;
import io.aftersales.organization.UserView;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.UserId;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Users",
        description = "Users, their roles and store assignments; deactivation signs a user out everywhere.")
@RestController
@RequestMapping("/api/v1/users")
class UserRestController {

    private final OrganizationManagement management;

    UserRestController(OrganizationManagement management) {
        this.management = management;
    }

    @GetMapping
    PagedResult<UserView> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Boolean active,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String sort) {
        return management.users(q, active, page, size, sort);
    }

    @GetMapping("/{id}")
    UserView get(@PathVariable UUID id) {
        return management.user(new UserId(id));
    }

    @PostMapping
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser request) {
        UserView user = management.createUser(request);
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(user);
    }

    @PutMapping("/{id}")
    UserView update(@PathVariable UUID id, @Valid @RequestBody UserChanges changes) {
        return management.updateUser(new UserId(id), changes);
    }

    @PostMapping("/{id}/deactivate")
    UserView deactivate(@PathVariable UUID id) {
        return management.deactivateUser(new UserId(id));
    }

    @PostMapping("/{id}/activate")
    UserView activate(@PathVariable UUID id) {
        return management.activateUser(new UserId(id));
    }
}
