package io.aftersales.organization.domain;

import io.aftersales.shared.domain.Inserting;
import io.aftersales.shared.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserRepository extends JpaRepository<AppUser, UUID>, Inserting<AppUser> {

    Optional<AppUser> findByUsername(String username);

    /** Usernames are unique across organisations, so this looks past the tenant filter (native SQL). */
    @Query(value = "select count(*) from app_user where username = :username", nativeQuery = true)
    long countUsername(@Param("username") String username);

    default boolean usernameTaken(String username) {
        return countUsername(username) > 0;
    }

    @Query("""
            select u from AppUser u
            where (:q is null or lower(u.username) like :q or lower(u.displayName) like :q)
              and (:active is null or u.active = :active)
            """)
    Page<AppUser> search(@Param("q") String likePattern, @Param("active") Boolean active, Pageable pageable);

    @Query(
            "select distinct u from AppUser u join u.storeIds s where s = :storeId and u.active = true order by u.displayName")
    List<AppUser> findActiveAtStore(@Param("storeId") UUID storeId);

    List<AppUser> findByIdIn(Collection<UUID> ids);

    @Query("select distinct u from AppUser u join u.roles r where r = :role and u.active = true order by u.displayName")
    List<AppUser> findActiveWithRole(@Param("role") Role role);
}
