package com.ecommerce.user.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface LoginCodeRepository extends JpaRepository<LoginCode, String> {

    /** Locked so a code raced from two tabs is exchanged once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<LoginCode> findByCodeHash(String codeHash);
}
