/** HTTP API: payment reads for owners and admins, admin refund and reconciliation, the Stripe webhook, problem+json. */
package com.ecommerce.payment.web;
