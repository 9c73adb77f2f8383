package io.aftersales.standards.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChecklistRepository extends JpaRepository<Checklist, UUID> {

    List<Checklist> findAllByOrderByName();

    boolean existsByName(String name);
}
