package com.ecommerce.user.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TokenFamilyRepository extends JpaRepository<TokenFamily, Long> {
}
