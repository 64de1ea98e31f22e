/**
 * Use cases of payments: the transaction boundaries. Provider calls happen between two
 * transactions, never inside one: the attempt commits first, the outcome and its reply after.
 */
package com.ecommerce.payment.application;
