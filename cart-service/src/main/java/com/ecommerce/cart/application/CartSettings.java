package com.ecommerce.cart.application;

import java.time.Clock;

import com.ecommerce.cart.domain.CartLimits;
import com.ecommerce.defaults.id.IdGenerator;

/** What the cart use cases need besides data: the limits, a clock and ids (one bean, so tests swap them together). */
public record CartSettings(CartLimits limits, Clock clock, IdGenerator ids) {
}
