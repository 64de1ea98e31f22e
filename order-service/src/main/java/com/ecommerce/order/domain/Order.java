package com.ecommerce.order.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

/**
 * An order and the state of its checkout saga. Every reply and user action is a transition that
 * states which statuses and steps accept it; what must happen next is registered as events (for
 * other contexts) and {@link SagaCommand}s (for participants), which the caller records in the
 * outbox in the same transaction. A reply that arrives again, or late, is an explicit no-op.
 * The saga's replies are handled in {@link OrderSaga}, which works on this state.
 */
@Entity
@Table(name = "orders")
public class Order {

    /** What other contexts hear about an order (order.events.v1). */
    public sealed interface Event {
    }

    public record Placed() implements Event {
    }

    public record Confirmed() implements Event {
    }

    public record Cancelled(CancellationReason reason, String detail) implements Event {
    }

    public record Shipped() implements Event {
    }

    public record Delivered() implements Event {
    }

    @Id
    private Long id;
    private String orderNumber;
    private String customerId;
    @Enumerated(EnumType.STRING)
    OrderStatus status;
    @Enumerated(EnumType.STRING)
    CancellationReason cancellationReason;
    String cancellationDetail;
    @Enumerated(EnumType.STRING)
    SagaStep sagaStep;
    Instant stepDeadline;
    @Enumerated(EnumType.STRING)
    PaymentState paymentState;
    @Enumerated(EnumType.STRING)
    private PaymentMethod paymentMethod;
    private String paymentToken;
    private BigDecimal totalAmount;
    private String currency;
    private String shippingName;
    private String shippingAddress;
    private String shippingPhone;
    private boolean placedFromCart;
    private String lastMessage;
    private Instant lastMessageAt;
    private Instant placedAt;
    Instant updatedAt;
    @Version
    private Long version;
    @ElementCollection
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    @BatchSize(size = 100)
    private List<OrderLine> lines = new ArrayList<>();

    @Transient
    final List<Event> events = new ArrayList<>();
    @Transient
    final List<SagaCommand> commands = new ArrayList<>();

    protected Order() {
    }

    /** A PENDING order whose saga starts by reserving its stock. */
    public static Order place(NewOrder spec, SagaTimeouts timeouts, Instant now) {
        Order order = new Order();
        order.id = spec.id().value();
        order.orderNumber = spec.orderNumber();
        order.customerId = spec.customerId();
        order.lines = new ArrayList<>(spec.lines());
        order.totalAmount = spec.total().amount();
        order.currency = spec.currency();
        order.shippingName = spec.shipping().name();
        order.shippingAddress = spec.shipping().address();
        order.shippingPhone = spec.shipping().phone();
        order.paymentMethod = spec.payment().method();
        order.paymentToken = spec.payment().token();
        order.placedFromCart = spec.fromCart();
        order.placedAt = now;
        order.status = OrderStatus.PENDING;
        order.paymentState = PaymentState.NONE;
        order.enter(SagaStep.RESERVING_STOCK, timeouts, now);
        order.events.add(new Placed());
        order.commands.add(new SagaCommand.ReserveStock(order.lines()));
        return order;
    }

    /** Records the last saga message heard, for operators looking at a late saga. */
    public void heard(String message, Instant at) {
        lastMessage = message;
        lastMessageAt = at;
    }

    /** Warehouse hand-over: CONFIRMED → SHIPPED; shipping again is a no-op. */
    public boolean ship(Instant now) {
        return switch (status) {
            case CONFIRMED -> moveTo(OrderStatus.SHIPPED, new Shipped(), now);
            case SHIPPED, DELIVERED -> false;
            case PENDING, CANCELLED -> throw new IllegalOrderTransition(status, "shipped");
        };
    }

    /** Arrival at the customer: SHIPPED → DELIVERED; delivering again is a no-op. */
    public boolean deliver(Instant now) {
        return switch (status) {
            case SHIPPED -> moveTo(OrderStatus.DELIVERED, new Delivered(), now);
            case DELIVERED -> false;
            case PENDING, CONFIRMED, CANCELLED -> throw new IllegalOrderTransition(status, "delivered");
        };
    }

    private boolean moveTo(OrderStatus target, Event event, Instant now) {
        status = target;
        updatedAt = now;
        events.add(event);
        return true;
    }

    void enter(SagaStep step, SagaTimeouts timeouts, Instant now) {
        sagaStep = step;
        stepDeadline = timeouts.deadline(step, now);
        updatedAt = now;
    }

    /** The events registered since the last call; the caller publishes them. */
    public List<Event> pullEvents() {
        List<Event> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    /** The saga commands registered since the last call; the caller sends them. */
    public List<SagaCommand> pullCommands() {
        List<SagaCommand> pulled = List.copyOf(commands);
        commands.clear();
        return pulled;
    }

    public OrderId id() {
        return new OrderId(id);
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String customerId() {
        return customerId;
    }

    public OrderStatus status() {
        return status;
    }

    public CancellationReason cancellationReason() {
        return cancellationReason;
    }

    public String cancellationDetail() {
        return cancellationDetail;
    }

    public SagaStep sagaStep() {
        return sagaStep;
    }

    public Instant stepDeadline() {
        return stepDeadline;
    }

    public PaymentState paymentState() {
        return paymentState;
    }

    public Payment payment() {
        return new Payment(paymentMethod, paymentToken);
    }

    public Money total() {
        return new Money(totalAmount, currency);
    }

    public Shipping shipping() {
        return new Shipping(shippingName, shippingAddress, shippingPhone);
    }

    public boolean placedFromCart() {
        return placedFromCart;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public String lastMessage() {
        return lastMessage;
    }

    public Instant lastMessageAt() {
        return lastMessageAt;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
