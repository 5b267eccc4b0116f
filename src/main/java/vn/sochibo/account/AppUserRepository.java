package vn.sochibo.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import vn.sochibo.shared.Role;

interface AppUserRepository extends Repository<AppUser, Long> {

	AppUser save(AppUser user);

	Optional<AppUser> findByUsername(String username);

	Optional<AppUser> findByIdAndWardId(Long id, Long wardId);

	boolean existsByUsername(String username);

	boolean existsByRole(Role role);

	boolean existsByWardIdAndRoleIn(Long wardId, Collection<Role> roles);

	@Query("select distinct u from AppUser u left join fetch u.areas where u.wardId = :wardId order by u.username")
	List<AppUser> findAllByWardId(Long wardId);

	@Query("select u from AppUser u join u.areas a where u.wardId = :wardId and a.targetId = :areaId")
	List<AppUser> findByWardIdAndAreaId(Long wardId, Long areaId);

}
