package io.aftersales.organization.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoreLogoRepository extends JpaRepository<StoreLogo, UUID> {}
