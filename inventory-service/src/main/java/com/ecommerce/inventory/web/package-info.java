/** HTTP API: stock reads (public), admin adjustments and history, problem+json for domain errors. */
package com.ecommerce.inventory.web;
