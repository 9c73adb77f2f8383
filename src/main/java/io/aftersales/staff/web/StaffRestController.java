package io.aftersales.staff.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.StoreId;
import io.aftersales.staff.CertificationId;
import io.aftersales.staff.CertificationView;
import io.aftersales.staff.Certifications;
import io.aftersales.staff.NewCertification;
import io.aftersales.staff.SkillRequirement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Staff", description = "Certificates (资质) per person and skill, and the skill each service type requires.")
class StaffRestController {

    private final Certifications certifications;
    private final OrganizationManagement organization;

    StaffRestController(Certifications certifications, OrganizationManagement organization) {
        this.certifications = certifications;
        this.organization = organization;
    }

    @Operation(
            summary = "The certificates of a store's people",
            description = "Managers, HQ and admins see every person of the store (storeId: the current or first"
                    + " store when left out); anyone else sees their own. valid: valid today; expiresSoon: ends"
                    + " within 30 days.")
    @GetMapping("/api/v1/certifications")
    List<CertificationView> list(@RequestParam(required = false) @Nullable StoreId storeId) {
        return certifications.list(organization.storeOrDefault(storeId));
    }

    @Operation(
            summary = "Record a certificate",
            description = "For a person of a store the manager sees (else 400 on personId); validUntil not before"
                    + " validFrom.")
    @PostMapping("/api/v1/certifications")
    ResponseEntity<CertificationView> add(@Valid @RequestBody NewCertification request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(certifications.add(request));
    }

    @Operation(summary = "Remove a certificate recorded by mistake")
    @DeleteMapping("/api/v1/certifications/{id}")
    ResponseEntity<Void> remove(@PathVariable CertificationId id) {
        certifications.remove(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "The skill each service type requires of its lead technician",
            description = "Dispatching a lead without a valid certificate of it answers 409 lead-not-certified,"
                    + " unless a manager sends overrideReason.")
    @GetMapping("/api/v1/skill-requirements")
    List<SkillRequirement> requirements() {
        return certifications.requirements();
    }

    @Operation(
            summary = "Set what service types require",
            description = "A list of {serviceType, skill}; a null skill removes the requirement; the service types"
                    + " left out stay as they are. HQ and admins.")
    @PutMapping("/api/v1/skill-requirements")
    List<SkillRequirement> require(
            @RequestBody @Valid @Size(max = 20) List<@Valid @NotNull SkillRequirement> requirements) {
        return certifications.require(requirements);
    }
}
