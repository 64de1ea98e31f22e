/** Spring wiring: security filter chains, token verification, typed settings. */
package com.ecommerce.user.config;
