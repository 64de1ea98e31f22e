/**
 * Build-time check that the current schema stays wire-compatible with the last released baseline.
 */
package com.ecommerce.events.compat;
