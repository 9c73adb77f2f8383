package io.aftersales.organization.web;

import io.aftersales.organization.NewOrganization;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.OrganizationSetUp;
import io.aftersales.organization.OrganizationView;
import io.aftersales.shared.PagedResult;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Organisations",
        description = "Tenants, for the platform administrator: a new organisation with its first store and admin.")
@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationRestController {

    private final OrganizationManagement management;

    OrganizationRestController(OrganizationManagement management) {
        this.management = management;
    }

    @GetMapping
    PagedResult<OrganizationView> list(
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String sort) {
        return management.organizations(page, size, sort);
    }

    @PostMapping
    ResponseEntity<OrganizationSetUp> create(@Valid @RequestBody NewOrganization request) {
        OrganizationSetUp created = management.createOrganization(request);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.id()))
                .body(created);
    }
}
