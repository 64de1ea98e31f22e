/** Accounts, their roles and credentials, refresh-token families and signing keys, with their rules. */
package com.ecommerce.user.domain;
