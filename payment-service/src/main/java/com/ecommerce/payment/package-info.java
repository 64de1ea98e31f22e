/** Payments, their transaction ledger, refunds and provider adapters. */
package com.ecommerce.payment;
