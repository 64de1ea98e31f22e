/**
 * Dead-lettered messages: how many each consumer of this service has parked, what they are, and
 * re-driving them to their original topic once the cause is fixed.
 */
package com.ecommerce.defaults.messaging.deadletter;
