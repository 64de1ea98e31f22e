/** Use cases (checkout, the saga's reply handling, cancellation, fulfilment, supervision): the transaction boundary. */
package com.ecommerce.order.application;
