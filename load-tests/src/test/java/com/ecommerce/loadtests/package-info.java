/**
 * Gatling simulations against the running platform, one per {@code ./platform bench} scenario, and
 * the set-up and checks around them; compiled by the build, run only by deploy/bench/*.sh.
 */
package com.ecommerce.loadtests;
