/** The Orders API: controllers, request and response records, and the problem-details advice. */
package com.ecommerce.order.web;
