package com.ecommerce.defaults.security;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A stateless resource server for every servlet service: every request needs a valid access
 * token except operational endpoints and the service's configured public paths. Token checks
 * (JWKS, issuer, audience, algorithm, roles claim) are configured by
 * {@code spring.security.oauth2.resourceserver.jwt.*} in {@code service-defaults.yaml}.
 * A service with other needs (the user service, which also runs a login flow) declares its own
 * {@link SecurityFilterChain} and this one steps back.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = Type.SERVLET)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityAutoConfiguration {

    private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

    private static final List<String> OPERATIONAL = List.of("/actuator/health/**", "/actuator/health",
            "/actuator/info", "/actuator/prometheus", "/error", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html");

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(JsonMapper json) {
        return new ProblemSecurityHandlers(json);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain resourceServerFilterChain(HttpSecurity http, SecurityProperties properties,
            ProblemSecurityHandlers problems) throws Exception {
        http.authorizeHttpRequests(requests -> {
            OPERATIONAL.forEach(path -> requests.requestMatchers(path).permitAll());
            properties.publicPaths().forEach(path -> permit(requests, path));
            requests.anyRequest().authenticated();
        });
        http.oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(problems));
        http.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        // Bearer tokens in a header, no cookies, no session: CSRF cannot forge such a request.
        http.csrf(AbstractHttpConfigurer::disable);
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /**
     * The caller is taken from the verified token, never from the request: the API documents list
     * no "caller" parameter for a {@link CurrentUser} or {@code Optional<CurrentUser>} argument.
     */
    @Bean
    OperationCustomizer callerIsNoParameter() {
        return (operation, handler) -> {
            for (var parameter : handler.getMethodParameters()) {
                if (parameter.nestedIfOptional().getNestedParameterType() == CurrentUser.class && operation.getParameters() != null) {
                    parameter.initParameterNameDiscovery(PARAMETER_NAMES);
                    String name = parameter.getParameterName();
                    operation.getParameters().removeIf(p -> name != null && name.equals(p.getName()));
                }
            }
            return operation;
        };
    }

    @Bean
    WebMvcConfigurer currentUserResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }
        };
    }

    private static void permit(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
            String entry) {
        String[] parts = entry.trim().split("\\s+", 2);
        if (parts.length == 2) {
            requests.requestMatchers(HttpMethod.valueOf(parts[0]), parts[1]).permitAll();
        } else {
            requests.requestMatchers(parts[0]).permitAll();
        }
    }
}
