package com.ecommerce.product.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts SQL statements prepared on the current thread while {@link #count} runs, whoever issues
 * them (Hibernate or JdbcClient); background threads such as the outbox relay are not counted.
 * A test class enables it with {@code @Import(StatementCounter.class)}.
 */
public final class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<AtomicInteger> ACTIVE = new ThreadLocal<>();

    public static int count(Runnable action) {
        AtomicInteger counter = new AtomicInteger();
        ACTIVE.set(counter);
        try {
            action.run();
        } finally {
            ACTIVE.remove();
        }
        return counter.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> method.getName().equals("getConnection")
                    ? proxy(Connection.class, (Connection) invoke(target, method, args), StatementCounter::connection)
                    : invoke(target, method, args));
        }
        return bean;
    }

    private static Object connection(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        String name = method.getName();
        AtomicInteger counter = ACTIVE.get();
        if (counter != null && (name.equals("prepareStatement") || name.equals("createStatement")
                || name.equals("prepareCall"))) {
            counter.incrementAndGet();
        }
        return invoke(target, method, args);
    }

    private interface Handler {
        Object handle(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        InvocationHandler invocation = (p, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

}
