package com.ecommerce.defaults.security;

import java.lang.reflect.ParameterizedType;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves {@link CurrentUser} parameters from the authenticated token, and
 * {@code Optional<CurrentUser>} on public endpoints whose answer depends on who asks (empty for an
 * anonymous caller).
 */
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

    private static final String ROLE_PREFIX = "ROLE_";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class || isOptionalCurrentUser(parameter);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (isOptionalCurrentUser(parameter)) {
            return isAnonymous(authentication) ? Optional.empty() : Optional.of(from(authentication));
        }
        return from(authentication);
    }

    private static boolean isOptionalCurrentUser(MethodParameter parameter) {
        return parameter.getParameterType() == Optional.class
                && parameter.getGenericParameterType() instanceof ParameterizedType type
                && type.getActualTypeArguments()[0] == CurrentUser.class;
    }

    private static boolean isAnonymous(Authentication authentication) {
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated();
    }

    static CurrentUser from(Authentication authentication) {
        if (isAnonymous(authentication)) {
            throw new AuthenticationCredentialsNotFoundException("This endpoint needs an access token.");
        }
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(ROLE_PREFIX))
                .map(a -> a.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
        return new CurrentUser(authentication.getName(), roles);
    }
}
