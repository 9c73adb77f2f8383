package io.aftersales.planning.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractWorkRepository extends JpaRepository<ContractWork, UUID> {

    List<ContractWork> findByServiceContractIdOrderByReportedAt(UUID serviceContractId);
}
