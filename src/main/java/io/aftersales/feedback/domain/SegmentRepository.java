package io.aftersales.feedback.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SegmentRepository extends JpaRepository<Segment, UUID> {

    List<Segment> findAllByOrderByName();

    boolean existsByNameAndIdNot(String name, UUID id);
}
