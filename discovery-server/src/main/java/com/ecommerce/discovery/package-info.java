/** The Eureka registry every service registers with, so the gateway can route by service name. */
package com.ecommerce.discovery;
