/**
 * Small, shared auto-configuration every business service gets by depending on this module:
 * problem+json errors, TSID ids, observability defaults, and reliable messaging (outbox, inbox,
 * dead-letter handling). No domain types and no base classes live here.
 */
package com.ecommerce.defaults;
