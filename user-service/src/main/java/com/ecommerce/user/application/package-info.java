/** Use cases and their transaction boundaries: accounts, sessions (token pairs), signing keys, Google sign-in. */
package com.ecommerce.user.application;
