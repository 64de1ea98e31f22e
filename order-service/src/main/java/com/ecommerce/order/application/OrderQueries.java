package com.ecommerce.order.application;

import com.ecommerce.defaults.security.CurrentUser;
import com.ecommerce.order.domain.OrderId;
import com.ecommerce.order.domain.OrderNotFound;
import com.ecommerce.order.domain.OrderRepository;
import com.ecommerce.order.domain.OrderStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of orders: one for its owner or an admin, a customer's own newest first, and admin listings. */
@Service
public class OrderQueries {

    private final OrderRepository orders;

    OrderQueries(OrderRepository orders) {
        this.orders = orders;
    }

    @Transactional(readOnly = true)
    public OrderView order(OrderId id, CurrentUser caller) {
        return orders.findById(id.value()).filter(order -> caller.mayAccess(order.customerId()))
                .map(OrderView::of).orElseThrow(() -> new OrderNotFound(id.text()));
    }

    @Transactional(readOnly = true)
    public Page<OrderView> mine(String customerId, int page, int size) {
        return orders.findByCustomerIdOrderByPlacedAtDescIdDesc(customerId, PageRequest.of(page, size))
                .map(OrderView::of);
    }

    /** @param status null for every status */
    @Transactional(readOnly = true)
    public Page<OrderView> all(OrderStatus status, int page, int size) {
        PageRequest request = PageRequest.of(page, size);
        return (status == null ? orders.findAllByOrderByPlacedAtDescIdDesc(request)
                : orders.findByStatusOrderByPlacedAtDescIdDesc(status, request)).map(OrderView::of);
    }
}
