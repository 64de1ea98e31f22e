/** The inbox: each consumer group applies each event at most once. */
package com.ecommerce.defaults.messaging.inbox;
